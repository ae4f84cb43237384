package cn.budgetperf.contracts.scoring.v1;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One scored item.
 *
 * @param code         stable item code, e.g. {@code EXECUTION_RATE}
 * @param name         Chinese name, e.g. 预算执行率
 * @param maxPoints    the item's maximum
 * @param points       the points given (the bureau's where it re-scored the item), half-up to two decimals
 * @param formula      the formula applied, readable by a reviewer
 * @param selfPoints   the department's own score for the item (since 1.1; {@code null} in older events)
 * @param reviewReason the bureau's reason when it re-scored the item, else {@code null} (since 1.1)
 */
public record ScoreItem(String code, String name, BigDecimal maxPoints, BigDecimal points, String formula,
                        BigDecimal selfPoints, String reviewReason) {

    public ScoreItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(points, "points");
    }

    /** An item nobody re-scored: the self-score is the score. */
    public ScoreItem(String code, String name, BigDecimal maxPoints, BigDecimal points, String formula) {
        this(code, name, maxPoints, points, formula, points, null);
    }
}
