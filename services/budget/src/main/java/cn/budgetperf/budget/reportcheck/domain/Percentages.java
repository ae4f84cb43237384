package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Recomputes a stated percentage from amounts that are themselves rounded: the stated value holds if
 * some values within half a written place of the amounts give it when rounded half-up (DESIGN §6.1).
 */
final class Percentages {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What a recomputation says about a stated percentage. */
    enum Verdict {
        HOLDS, WRONG, TRUNCATED;

        /** The rule a wrong percentage falls under: its claim's own, or the truncation rule. */
        ReportRule rule(ReportRule whenWrong) {
            return this == TRUNCATED ? ReportRule.PERCENT_TRUNCATED : whenWrong;
        }

        /** How a finding's message ends. */
        String ending() {
            return this == TRUNCATED ? "（是截断而不是四舍五入）。" : "。";
        }
    }

    /**
     * @param exact the percentage from the amounts as written
     * @param low   the smallest percentage the written amounts allow
     * @param high  the largest
     */
    record Range(BigDecimal exact, BigDecimal low, BigDecimal high) {

        Verdict judge(Quantity stated) {
            BigDecimal p = stated.value();
            BigDecimal half = BigDecimal.ONE.movePointLeft(p.scale()).divide(BigDecimal.valueOf(2));
            if (high.compareTo(p.subtract(half)) >= 0 && low.compareTo(p.add(half)) < 0) {
                return Verdict.HOLDS;
            }
            return exact.signum() > 0 && exact.setScale(p.scale(), RoundingMode.DOWN).compareTo(p) == 0
                    ? Verdict.TRUNCATED : Verdict.WRONG;
        }

        /** The exact percentage to four places, for the message. */
        String exactText() {
            return Numbers.plain(exact.setScale(4, RoundingMode.HALF_UP)) + "%";
        }

        /** The exact percentage rounded half-up to as many places as the report wrote. */
        String expected(Quantity stated) {
            return exact.setScale(Math.max(stated.value().scale(), 0), RoundingMode.HALF_UP).toPlainString() + "%";
        }
    }

    private Percentages() {
    }

    /** part / whole × 100, each within its tolerance; null when the whole may be zero. */
    static Range ratio(BigDecimal part, BigDecimal partTolerance, BigDecimal whole, BigDecimal wholeTolerance) {
        BigDecimal smallestWhole = whole.subtract(wholeTolerance);
        if (smallestWhole.signum() <= 0) {
            return null;
        }
        return new Range(percent(part, whole), percent(part.subtract(partTolerance).max(BigDecimal.ZERO), whole.add(wholeTolerance)),
                percent(part.add(partTolerance), smallestWhole));
    }

    /**
     * A change over the previous year when only this year's amount and the change are written: the
     * previous year is {@code current − change} for an increase, {@code current + change} for a decrease.
     */
    static Range change(BigDecimal current, BigDecimal currentTolerance, BigDecimal change, BigDecimal changeTolerance,
                        boolean decrease) {
        BigDecimal low = null;
        BigDecimal high = null;
        for (int i = 0; i < 4; i++) {
            BigDecimal c = current.add(i % 2 == 0 ? currentTolerance : currentTolerance.negate());
            BigDecimal d = change.add(i < 2 ? changeTolerance : changeTolerance.negate()).max(BigDecimal.ZERO);
            BigDecimal previous = decrease ? c.add(d) : c.subtract(d);
            if (previous.signum() <= 0) {
                return null;
            }
            BigDecimal p = percent(d, previous);
            low = low == null || p.compareTo(low) < 0 ? p : low;
            high = high == null || p.compareTo(high) > 0 ? p : high;
        }
        BigDecimal previous = decrease ? current.add(change) : current.subtract(change);
        return new Range(percent(change, previous), low, high);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, PRECISION);
    }
}
