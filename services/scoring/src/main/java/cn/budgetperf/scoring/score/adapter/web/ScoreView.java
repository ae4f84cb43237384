package cn.budgetperf.scoring.score.adapter.web;

import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRow;
import cn.budgetperf.scoring.score.application.EvaluationView;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A department-year's current score: the final score (the bureau's where it re-scored) with the
 * department's own beside it, and the detail of the latest computation (every item and formula).
 */
record ScoreView(String departmentCode, String departmentName, String regionCode, int fiscalYear, String submissionStatus,
                 BigDecimal executionRate, BigDecimal total, BigDecimal maxTotal, BigDecimal converted, String grade,
                 int computationCount, Instant computedAt, Integer goalsVersion, BigDecimal selfTotal, BigDecimal selfConverted,
                 String selfGrade, boolean reviewed, int findingCount, EvaluationView detail) {

    static ScoreView of(ScoredSubmissionRow r, EvaluationView detail) {
        return new ScoreView(r.departmentCode(), r.departmentName(), r.regionCode(), r.fiscalYear(), r.submissionStatus(),
                r.executionRate(), r.total(), r.maxTotal(), r.converted(), r.grade(), r.computationCount(), r.computedAt(),
                r.goalsVersion(), r.selfTotal(), r.selfConverted(), r.selfGrade(), r.reviewed(), r.findingCount(), detail);
    }
}
