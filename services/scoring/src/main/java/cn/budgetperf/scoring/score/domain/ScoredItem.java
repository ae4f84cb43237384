package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;

/**
 * One item as scored: the department's points, the final points (the bureau's where it re-scored) and
 * the formula used.
 *
 * @param code         stable code
 * @param name         name
 * @param maxPoints    maximum
 * @param selfPoints   the department's points; {@code null} when it left the item blank
 * @param points       the final points
 * @param formula      how the points came about
 * @param applicable   {@code false} when excluded from the maximum
 * @param deduction    {@code true} for a 扣分项
 * @param reviewReason the bureau's reason, or {@code null}
 */
public record ScoredItem(String code, String name, BigDecimal maxPoints, BigDecimal selfPoints, BigDecimal points,
                         String formula, boolean applicable, boolean deduction, String reviewReason) {

    boolean reviewed() {
        return reviewReason != null;
    }

    BigDecimal selfOrZero() {
        return selfPoints == null ? BigDecimal.ZERO : selfPoints;
    }
}
