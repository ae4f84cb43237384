package cn.budgetperf.scoring.score.domain;

import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * 预算执行率 = 执行数 / 预算数, and its score {@code 10 × min(rate, 1)} (DESIGN §4), both half-up to two
 * decimals; the rate is kept exact (to 20 significant digits) until it is rounded once.
 */
public record ExecutionRate(BigDecimal ratio) {

    public static final BigDecimal MAX_POINTS = BigDecimal.TEN;
    public static final String FORMULA = "10 × min(执行数 / 预算数, 1)";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A budget of zero has no rate; the budget service refuses such a submission when anything was spent. */
    public static ExecutionRate of(Money executed, Money budget) {
        if (budget.wanYuan().signum() == 0) {
            return new ExecutionRate(BigDecimal.ZERO);
        }
        return new ExecutionRate(executed.wanYuan().divide(budget.wanYuan(), MathContext.DECIMAL128));
    }

    /** The rate as a percentage, half-up to two decimals: 2519.12 / 2544.94 → 98.99. */
    public BigDecimal percent() {
        return ratio.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal points() {
        return MAX_POINTS.multiply(ratio.min(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_UP);
    }
}
