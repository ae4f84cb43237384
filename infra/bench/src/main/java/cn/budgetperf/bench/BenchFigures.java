package cn.budgetperf.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The figures of submission number {@code i}, exact decimals in 万元: a budget between 1000.00 and
 * 9999.99, spending between 80.00% and 100.00% of it (never above, so no finding blocks or warns),
 * income equal to the budget; and the execution rate the public page must then show, computed as
 * the scoring service does (DECIMAL128 ratio × 100, half-up to two decimals).
 */
record BenchFigures(BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal budgetTotal) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static BenchFigures of(int i) {
        BigDecimal budget = BigDecimal.valueOf(100_000 + Math.floorMod(i * 7_919L, 900_000L), 2);
        BigDecimal share = BigDecimal.valueOf(8_000 + Math.floorMod(i * 37L, 2_001L), 4);
        BigDecimal spent = budget.multiply(share).setScale(2, RoundingMode.HALF_UP);
        return new BenchFigures(budget, spent, budget);
    }

    /** 预算执行率 as the page prints it, e.g. {@code 93.17}. */
    String expectedRatePercent() {
        return expenditureTotal.divide(budgetTotal, MathContext.DECIMAL128).multiply(HUNDRED)
                .setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
