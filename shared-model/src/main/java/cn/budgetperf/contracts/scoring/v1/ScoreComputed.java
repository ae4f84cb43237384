package cn.budgetperf.contracts.scoring.v1;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A department-year's score was computed or recomputed. {@code total}, {@code converted} and
 * {@code grade} are the final score: the bureau's where it re-scored (复核), else the department's own;
 * the self-score stays beside it in {@code selfTotal}, {@code selfConverted} and {@code selfGrade}.
 *
 * @param basedOnSubmissionVersion the submission version whose figures were scored
 * @param executionRate            预算执行率 as a percentage, half-up to two decimals
 * @param total                    the sum of the items' points, minus deductions
 * @param maxTotal                 the sum of the applicable items' maxima
 * @param converted                换算得分: total / maxTotal × 100, half-up to two decimals
 * @param grade                    优, 良, 中 or 差
 * @param items                    every item with the formula used
 * @param basedOnGoalsVersion      the goals version scored, or {@code null} when no goals were received (since 1.1)
 * @param frameworkId              the framework of the department's self-evaluation, or {@code null} (since 1.1)
 * @param deductions               the points deducted (扣分项), zero when none (since 1.1)
 * @param selfTotal                the department's own total (since 1.1)
 * @param selfConverted            the department's own converted score (since 1.1)
 * @param selfGrade                the department's own grade (since 1.1)
 * @param reviewed                 {@code true} when the bureau re-scored at least one item (since 1.1)
 * @param projects                 every project's score (since 1.1)
 * @param findings                 what the computation noticed, e.g. a stated total that is not the sum (since 1.1)
 * @param ruleVersion              the rules and jurisdiction settings applied (since 1.1)
 */
public record ScoreComputed(
        int basedOnSubmissionVersion,
        BigDecimal executionRate,
        BigDecimal total,
        BigDecimal maxTotal,
        BigDecimal converted,
        String grade,
        List<ScoreItem> items,
        Integer basedOnGoalsVersion,
        String frameworkId,
        BigDecimal deductions,
        BigDecimal selfTotal,
        BigDecimal selfConverted,
        String selfGrade,
        Boolean reviewed,
        List<ProjectScore> projects,
        List<ScoreFinding> findings,
        String ruleVersion) {

    public static final String TOPIC = "scoring.results.v1";
    public static final String TYPE = "scoring.score.computed";

    public ScoreComputed {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(maxTotal, "maxTotal");
        Objects.requireNonNull(converted, "converted");
        Objects.requireNonNull(grade, "grade");
        items = List.copyOf(items);
        projects = projects == null ? List.of() : List.copyOf(projects);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The 1.0 shape: no goals, no review; the self-score is the score. */
    public ScoreComputed(int basedOnSubmissionVersion, BigDecimal executionRate, BigDecimal total, BigDecimal maxTotal,
                         BigDecimal converted, String grade, List<ScoreItem> items) {
        this(basedOnSubmissionVersion, executionRate, total, maxTotal, converted, grade, items, null, null,
                BigDecimal.ZERO, total, converted, grade, false, List.of(), List.of(), null);
    }
}
