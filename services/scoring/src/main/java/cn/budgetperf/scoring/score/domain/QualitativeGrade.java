package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;

/**
 * The three grade labels of a 定性 indicator and their bands as fractions of the weight (DESIGN §4):
 * 达成 [0.8, 1], 部分达成 [0.6, 0.8), 未达成 [0, 0.6).
 */
public enum QualitativeGrade {
    ACHIEVED("达成年度指标", new BigDecimal("0.8"), BigDecimal.ONE, true),
    PARTIAL("部分达成年度指标并具有一定效果", new BigDecimal("0.6"), new BigDecimal("0.8"), false),
    FAILED("未达成年度指标且效果较差", BigDecimal.ZERO, new BigDecimal("0.6"), false);

    private final String label;
    private final BigDecimal lower;
    private final BigDecimal upper;
    private final boolean upperIncluded;

    QualitativeGrade(String label, BigDecimal lower, BigDecimal upper, boolean upperIncluded) {
        this.label = label;
        this.lower = lower;
        this.upper = upper;
        this.upperIncluded = upperIncluded;
    }

    public String label() {
        return label;
    }

    /** Whether {@code fraction} of the weight lies in this grade's band. */
    public boolean contains(BigDecimal fraction) {
        int top = fraction.compareTo(upper);
        return fraction.compareTo(lower) >= 0 && (upperIncluded ? top <= 0 : top < 0);
    }

    /** The band in points for a weight, as a reader sees it, e.g. [4.80, 6.00]. */
    public String band(BigDecimal weight) {
        return "[" + lower.multiply(weight).stripTrailingZeros().toPlainString() + ", "
                + upper.multiply(weight).stripTrailingZeros().toPlainString() + (upperIncluded ? "]" : ")");
    }

    public static QualitativeGrade parse(String text, String where) {
        for (QualitativeGrade g : values()) {
            if (g.label.equals(text == null ? null : text.strip())) {
                return g;
            }
        }
        throw new InvalidInput(where + "为定性指标，完成情况应为“达成年度指标”“部分达成年度指标并具有一定效果”"
                + "“未达成年度指标且效果较差”之一，实际为“" + text + "”。");
    }
}
