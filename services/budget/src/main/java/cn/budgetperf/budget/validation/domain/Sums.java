package cn.budgetperf.budget.validation.domain;

import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Compares a stated total with the sum of its parts, each rounded to the fen on its own: a tolerance
 * of 0.005 万元 per non-zero addend. Parts not reported ({@code null}) are unknown: the parts can then
 * still be too large (amounts are never negative), but they can be too small only when every part is
 * known and the list is exhaustive.
 */
public final class Sums {

    public static final BigDecimal TOLERANCE_PER_ADDEND = new BigDecimal("0.005");

    private Sums() {
    }

    /** A part of a sum; a derived part (e.g. 人员经费 + 公用经费 for 基本支出) counts its own addends. */
    public record Part(Money value, int addends) {
        public static Part of(Money value) {
            return new Part(value, 1);
        }
    }

    /**
     * @param total     the stated total
     * @param sum       the sum of the known parts
     * @param tolerance the tolerance applied
     */
    public record Mismatch(Money total, BigDecimal sum, BigDecimal tolerance) {
        public BigDecimal difference() {
            return sum.subtract(total.wanYuan());
        }
    }

    public static Optional<Mismatch> compare(Money total, List<Part> parts, boolean exhaustive) {
        List<Part> known = parts.stream().filter(p -> p.value() != null).toList();
        if (total == null || known.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = known.stream().map(p -> p.value().wanYuan()).reduce(BigDecimal.ZERO, BigDecimal::add);
        int addends = known.stream().filter(p -> p.value().wanYuan().signum() != 0).mapToInt(Part::addends).sum();
        BigDecimal tolerance = TOLERANCE_PER_ADDEND.multiply(BigDecimal.valueOf(Math.max(1, addends)));
        BigDecimal difference = sum.subtract(total.wanYuan());
        boolean tooLarge = difference.compareTo(tolerance) > 0;
        boolean tooSmall = exhaustive && known.size() == parts.size() && difference.negate().compareTo(tolerance) > 0;
        return tooLarge || tooSmall ? Optional.of(new Mismatch(total, sum, tolerance)) : Optional.empty();
    }

    /** Whether two figures agree within the tolerance of {@code addends} roundings. */
    public static boolean agree(Money a, Money b, int addends) {
        BigDecimal tolerance = TOLERANCE_PER_ADDEND.multiply(BigDecimal.valueOf(Math.max(1, addends)));
        return a.wanYuan().subtract(b.wanYuan()).abs().compareTo(tolerance) <= 0;
    }

    static Money sum(List<Money> values) {
        return values.stream().reduce(Money.ZERO, Money::plus);
    }
}
