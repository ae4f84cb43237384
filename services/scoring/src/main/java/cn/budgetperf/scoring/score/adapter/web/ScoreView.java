package cn.budgetperf.scoring.score.adapter.web;

import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRow;
import java.math.BigDecimal;
import java.time.Instant;

/** A department-year's current score. */
record ScoreView(String departmentCode, String departmentName, String regionCode, int fiscalYear, String submissionStatus,
                 BigDecimal executionRate, BigDecimal total, BigDecimal maxTotal, BigDecimal converted, String grade,
                 int computationCount, Instant computedAt) {

    static ScoreView of(ScoredSubmissionRow r) {
        return new ScoreView(r.departmentCode(), r.departmentName(), r.regionCode(), r.fiscalYear(), r.submissionStatus(),
                r.executionRate(), r.total(), r.maxTotal(), r.converted(), r.grade(), r.computationCount(), r.computedAt());
    }
}
