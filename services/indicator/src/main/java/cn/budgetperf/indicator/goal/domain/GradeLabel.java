package cn.budgetperf.indicator.goal.domain;

import java.math.BigDecimal;

/** The three grade labels of a 定性 indicator and their bands as fractions of the weight (DESIGN §4). */
enum GradeLabel {
    ACHIEVED("达成年度指标", new BigDecimal("0.8"), BigDecimal.ONE, true),
    PARTIAL("部分达成年度指标并具有一定效果", new BigDecimal("0.6"), new BigDecimal("0.8"), false),
    FAILED("未达成年度指标且效果较差", BigDecimal.ZERO, new BigDecimal("0.6"), false);

    private final String label;
    private final BigDecimal lower;
    private final BigDecimal upper;
    private final boolean upperIncluded;

    GradeLabel(String label, BigDecimal lower, BigDecimal upper, boolean upperIncluded) {
        this.label = label;
        this.lower = lower;
        this.upper = upper;
        this.upperIncluded = upperIncluded;
    }

    String label() {
        return label;
    }

    static GradeLabel of(String text) {
        for (GradeLabel g : values()) {
            if (g.label.equals(text == null ? null : text.strip())) {
                return g;
            }
        }
        return null;
    }

    boolean admits(BigDecimal points, BigDecimal weight) {
        BigDecimal low = lower.multiply(weight);
        BigDecimal high = upper.multiply(weight);
        int top = points.compareTo(high);
        return points.compareTo(low) >= 0 && (upperIncluded ? top <= 0 : top < 0);
    }

    String band(BigDecimal weight) {
        return "[" + Numbers.plain(lower.multiply(weight)) + ", " + Numbers.plain(upper.multiply(weight)) + (upperIncluded ? "]" : ")");
    }
}
