package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The indicator formulas of DESIGN §4, exact until the single half-up rounding to two decimals. The
 * result always lies in [0, weight]; the formula text shows the numbers used, for the reviewer.
 */
public final class IndicatorFormula {

    /** Points and the formula that produced them. */
    public record Scored(BigDecimal points, String formula) {
        public Scored {
            points = points.setScale(2, RoundingMode.HALF_UP);
        }
    }

    private IndicatorFormula() {
    }

    public static Scored score(IndicatorInput i, ScoringSettings settings) {
        return switch (i.comparator()) {
            case POSITIVE -> positive(i.actual(), i.target(), i.weight(), "正向");
            case EQUAL -> i.target().signum() > 0 ? positive(i.actual(), i.target(), i.weight(), "等于")
                    : zeroTarget(i.actual(), i.weight(), "等于");
            case REVERSE -> reverse(i.actual(), i.target(), i.weight(), settings.reverse());
            case QUALITATIVE -> qualitative(i, settings);
        };
    }

    /** Whether the actual reaches the jurisdiction's threshold (130% of target by default): a reason is due. */
    public static boolean needsDeviationReason(IndicatorInput i, ScoringSettings settings) {
        return i.comparator() != Comparator.QUALITATIVE && i.target().signum() > 0
                && i.actual().multiply(BigDecimal.valueOf(100)).compareTo(settings.deviationThresholdPercent().multiply(i.target())) >= 0;
    }

    private static Scored positive(BigDecimal a, BigDecimal t, BigDecimal w, String kind) {
        if (a.compareTo(t) >= 0) {
            return new Scored(w, kind + "：实际值" + p(a) + " ≥ 目标值" + p(t) + "，得满分" + p(w));
        }
        BigDecimal points = clamp(quotient(a.multiply(w), t), w);
        return new Scored(points, kind + "：round(" + p(a) + " / " + p(t) + " × " + p(w) + ", 2) = " + p(points));
    }

    private static Scored zeroTarget(BigDecimal a, BigDecimal w, String kind) {
        return a.signum() <= 0 ? new Scored(w, kind + "：目标值0，实际值" + p(a) + " ≤ 0，得满分" + p(w))
                : new Scored(BigDecimal.ZERO.setScale(2), kind + "：目标值0，实际值" + p(a) + " > 0，得0分");
    }

    private static Scored reverse(BigDecimal a, BigDecimal t, BigDecimal w, ReverseFormula variant) {
        if (t.signum() == 0) {
            return zeroTarget(a, w, "反向");
        }
        if (a.compareTo(t) <= 0) {
            return new Scored(w, "反向：实际值" + p(a) + " ≤ 目标值" + p(t) + "，得满分" + p(w));
        }
        if (variant == ReverseFormula.TARGET_OVER_ACTUAL) {
            BigDecimal points = clamp(quotient(t.multiply(w), a), w);
            return new Scored(points, "反向：round(" + p(t) + " / " + p(a) + " × " + p(w) + ", 2) = " + p(points));
        }
        if (a.compareTo(t.add(t)) >= 0) {
            return new Scored(BigDecimal.ZERO.setScale(2), "反向：实际值" + p(a) + " ≥ 2 × 目标值" + p(t) + "，得0分");
        }
        BigDecimal points = clamp(quotient(t.add(t).subtract(a).multiply(w), t), w);
        return new Scored(points, "反向：round((1 − (" + p(a) + " − " + p(t) + ") / " + p(t) + ") × " + p(w) + ", 2) = " + p(points));
    }

    private static Scored qualitative(IndicatorInput i, ScoringSettings settings) {
        QualitativeGrade grade = i.grade();
        if (i.gradePoints() != null) {
            return new Scored(i.gradePoints().setScale(2, RoundingMode.HALF_UP),
                    "定性：" + grade.label() + "，区间" + grade.band(i.weight()) + "内评定" + p(i.gradePoints()));
        }
        BigDecimal fraction = settings.defaultFraction(grade);
        BigDecimal points = clamp(fraction.multiply(i.weight()), i.weight());
        return new Scored(points, "定性：" + grade.label() + "，默认" + p(fraction) + " × " + p(i.weight()) + " = " + p(points));
    }

    /**
     * {@code numerator / denominator} rounded half-up to two decimals in one step, so that the exact
     * quotient is rounded once ((1 − (A − T)/T) × w is computed as (2T − A) × w / T, A/T × w as A × w / T).
     */
    private static BigDecimal quotient(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal clamp(BigDecimal exact, BigDecimal w) {
        BigDecimal rounded = exact.setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() < 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return rounded.compareTo(w) > 0 ? w : rounded;
    }

    private static String p(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
