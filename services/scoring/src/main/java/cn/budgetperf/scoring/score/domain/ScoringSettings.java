package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A jurisdiction's choices among the formula variants (DESIGN §4: "make each a per-jurisdiction
 * setting"): the 反向 formula, the default points of the three 定性 grades as fractions of the weight,
 * and the actual/target ratio (in percent) from which a deviation reason is required.
 */
public record ScoringSettings(ReverseFormula reverse, BigDecimal achieved, BigDecimal partial, BigDecimal failed,
                              BigDecimal deviationThresholdPercent) {

    public static final ScoringSettings DEFAULT = new ScoringSettings(ReverseFormula.LINEAR_TO_DOUBLE_TARGET,
            BigDecimal.ONE, new BigDecimal("0.7"), new BigDecimal("0.3"), new BigDecimal("130"));

    public ScoringSettings {
        Objects.requireNonNull(reverse, "reverse");
        inBand(QualitativeGrade.ACHIEVED, achieved);
        inBand(QualitativeGrade.PARTIAL, partial);
        inBand(QualitativeGrade.FAILED, failed);
        if (deviationThresholdPercent == null || deviationThresholdPercent.compareTo(BigDecimal.valueOf(100)) <= 0) {
            throw new InvalidInput("偏差说明阈值应大于100%，实际为" + deviationThresholdPercent + "%。");
        }
    }

    private static void inBand(QualitativeGrade grade, BigDecimal fraction) {
        if (fraction == null || !grade.contains(fraction)) {
            throw new InvalidInput("“" + grade.label() + "”的默认得分比例" + fraction + "不在该档次的区间" + grade.band(BigDecimal.ONE) + "内。");
        }
    }

    public BigDecimal defaultFraction(QualitativeGrade grade) {
        return switch (grade) {
            case ACHIEVED -> achieved;
            case PARTIAL -> partial;
            case FAILED -> failed;
        };
    }

    /** Names the rules applied, for the history: the formulas' version and every setting. */
    public String ruleVersion() {
        return "dsn4-2026.1;reverse=" + reverse + ";qualitative=" + achieved.toPlainString() + "/" + partial.toPlainString()
                + "/" + failed.toPlainString() + ";deviation=" + deviationThresholdPercent.toPlainString() + "%";
    }
}
