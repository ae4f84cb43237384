package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A score card: its applicable items, the deductions (扣分项), the total (Σ points − deductions), the
 * applicable maximum, the converted score (换算得分 = total / applicable maximum × 100, half-up to two
 * decimals) and the grade.
 */
public record Scorecard(BigDecimal executionRatePercent, List<Item> items, BigDecimal deductions) {

    /** One scored item; {@code points} never exceeds {@code maxPoints}. */
    public record Item(String code, String name, BigDecimal maxPoints, BigDecimal points, String formula) {
        public Item {
            if (points.compareTo(maxPoints) > 0) {
                throw new IllegalArgumentException(name + "得分" + points + "超过满分" + maxPoints);
            }
        }
    }

    public Scorecard {
        items = List.copyOf(items);
        if (deductions == null || deductions.signum() < 0) {
            throw new IllegalArgumentException("扣分不能为负数: " + deductions);
        }
    }

    /** A card without deductions. */
    public Scorecard(BigDecimal executionRatePercent, List<Item> items) {
        this(executionRatePercent, items, BigDecimal.ZERO);
    }

    /** The skeleton's scorecard: the execution-rate item alone. */
    public static Scorecard ofExecution(ExecutionRate rate) {
        return new Scorecard(rate.percent(), List.of(
                new Item("EXECUTION_RATE", "预算执行率", ExecutionRate.MAX_POINTS, rate.points(), ExecutionRate.FORMULA)));
    }

    public BigDecimal total() {
        return items.stream().map(Item::points).reduce(BigDecimal.ZERO, BigDecimal::add).subtract(deductions);
    }

    public BigDecimal maxTotal() {
        return items.stream().map(Item::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal converted() {
        if (maxTotal().signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return total().multiply(BigDecimal.valueOf(100)).divide(maxTotal(), 2, RoundingMode.HALF_UP);
    }

    public Grade grade() {
        return Grade.of(converted());
    }
}
