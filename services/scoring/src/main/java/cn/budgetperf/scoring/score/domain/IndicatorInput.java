package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A third-level indicator as the formulas need it. Construction refuses what no formula can score:
 * a quantitative indicator without target, unit or actual, a 正向 target of 0, a negative target, a
 * weight that is not positive, a 定性 indicator without one of the three grade labels, or chosen points
 * outside the grade's band.
 *
 * @param project         the project's name, for messages
 * @param name            三级指标
 * @param comparator      ≥ ≤ ＝ 定性
 * @param target          目标值 (quantitative only)
 * @param unit            度量单位 (quantitative only)
 * @param weight          分值
 * @param actual          实际完成值 (quantitative only)
 * @param grade           完成档次 (定性 only)
 * @param gradePoints     points chosen inside the grade's band (定性 only), or {@code null} for the default
 * @param deviationReason 偏差原因, or {@code null}
 */
public record IndicatorInput(String project, String name, Comparator comparator, BigDecimal target, String unit,
                             BigDecimal weight, BigDecimal actual, QualitativeGrade grade, BigDecimal gradePoints,
                             String deviationReason) {

    public IndicatorInput {
        Objects.requireNonNull(comparator, "comparator");
        if (name == null || name.isBlank()) {
            throw new InvalidInput("项目“" + project + "”有一个指标没有填写三级指标名称。");
        }
        String where = where(project, name);
        if (weight == null || weight.signum() <= 0) {
            throw new InvalidInput(where + "的分值应大于0，实际为" + weight + "。");
        }
        if (comparator == Comparator.QUALITATIVE) {
            if (grade == null) {
                throw new InvalidInput(where + "为定性指标，应选择完成档次：达成年度指标、部分达成年度指标并具有一定效果或未达成年度指标且效果较差。");
            }
            if (gradePoints != null && !grade.contains(fraction(gradePoints, weight))) {
                throw new InvalidInput(where + "的得分" + gradePoints.toPlainString() + "不在“" + grade.label() + "”的区间"
                        + grade.band(weight) + "内。");
            }
        } else {
            if (target == null) {
                throw new InvalidInput(where + "为定量指标，缺少目标值。");
            }
            if (unit == null || unit.isBlank()) {
                throw new InvalidInput(where + "为定量指标，缺少度量单位。");
            }
            if (actual == null) {
                throw new InvalidInput(where + "为定量指标，缺少实际完成值。");
            }
            if (comparator == Comparator.POSITIVE && target.signum() <= 0) {
                throw new InvalidInput(where + "为正向指标（≥），目标值应大于0，实际为" + target.toPlainString() + "。");
            }
            if (target.signum() < 0) {
                throw new InvalidInput(where + "的目标值不能为负数，实际为" + target.toPlainString() + "。");
            }
        }
    }

    static String where(String project, String name) {
        return "项目“" + project + "”的指标“" + name + "”";
    }

    String where() {
        return where(project, name);
    }

    private static BigDecimal fraction(BigDecimal points, BigDecimal weight) {
        return points.divide(weight, MathContext.DECIMAL128);
    }
}
