package cn.budgetperf.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The figures of submission number {@code i}, exact decimals in 万元: a budget between 1000.00 and
 * 9999.99, spending between 90.01% and 100.00% of it, income equal to the budget; and the execution
 * rate the public page must then show, computed as the scoring service does (DECIMAL128 ratio × 100,
 * half-up to two decimals).
 *
 * <p>The document carries the three totals only, so of the budget service's rules (docs/rules.md)
 * the ones on the totals apply, and none of them may fire or the submit answers 422: all three
 * present (EXIST-001..003), a positive budget (EXEC-001), spending not above it (EXEC-002, a
 * WARNING, which blocks a submit until explained) and a balance of at most 10% of it (EXEC-003, a
 * WARNING too) — hence spending from 90.01%, a margin the rounding to the fen cannot cross.
 */
record BenchFigures(BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal budgetTotal) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static BenchFigures of(int i) {
        BigDecimal budget = BigDecimal.valueOf(100_000 + Math.floorMod(i * 7_919L, 900_000L), 2);
        BigDecimal share = BigDecimal.valueOf(9_001 + Math.floorMod(i * 37L, 1_000L), 4);
        BigDecimal spent = budget.multiply(share).setScale(2, RoundingMode.HALF_UP);
        return new BenchFigures(budget, spent, budget);
    }

    /** 预算执行率 as the page prints it, e.g. {@code 93.17}. */
    String expectedRatePercent() {
        return expenditureTotal.divide(budgetTotal, MathContext.DECIMAL128).multiply(HUNDRED)
                .setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
