package cn.budgetperf.budget.validation.application;

import cn.budgetperf.budget.validation.domain.Finding;
import java.util.List;
import java.util.UUID;

/** The log of findings per save, and the statistics read from it. */
public interface FindingRecords {

    /** What one save of a submission found (nothing is recorded for a save without findings). */
    record Save(UUID submissionId, long revision, String regionCode, String departmentCode, String departmentName,
                int fiscalYear) {
    }

    /** How often a rule fired. */
    record RuleCount(String ruleId, long saves, long departments, long openNow, List<String> departmentNames) {
    }

    void record(Save save, List<Finding> findings);

    /** Per rule, for one region (all regions when {@code null}) and optionally one year. */
    List<RuleCount> counts(String regionCode, Integer fiscalYear);
}
