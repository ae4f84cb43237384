package cn.budgetperf.contracts.scoring.v1;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A department-year's score was computed or recomputed.
 *
 * @param basedOnSubmissionVersion the submission version whose figures were scored
 * @param executionRate            预算执行率 as a percentage, half-up to two decimals
 * @param total                    the sum of the items' points
 * @param maxTotal                 the sum of the applicable items' maxima
 * @param converted                换算得分: total / maxTotal × 100, half-up to two decimals
 * @param grade                    优, 良, 中 or 差
 * @param items                    every item with the formula used
 */
public record ScoreComputed(
        int basedOnSubmissionVersion,
        BigDecimal executionRate,
        BigDecimal total,
        BigDecimal maxTotal,
        BigDecimal converted,
        String grade,
        List<ScoreItem> items) {

    public static final String TOPIC = "scoring.results.v1";
    public static final String TYPE = "scoring.score.computed";

    public ScoreComputed {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(maxTotal, "maxTotal");
        Objects.requireNonNull(converted, "converted");
        Objects.requireNonNull(grade, "grade");
        items = List.copyOf(items);
    }
}
