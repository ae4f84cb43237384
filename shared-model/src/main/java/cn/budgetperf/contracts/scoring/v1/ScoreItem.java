package cn.budgetperf.contracts.scoring.v1;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One scored item.
 *
 * @param code      stable item code, e.g. {@code EXECUTION_RATE}
 * @param name      Chinese name, e.g. 预算执行率
 * @param maxPoints the item's maximum
 * @param points    the points given, half-up to two decimals
 * @param formula   the formula applied, readable by a reviewer
 */
public record ScoreItem(String code, String name, BigDecimal maxPoints, BigDecimal points, String formula) {

    public ScoreItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(points, "points");
    }
}
