package cn.budgetperf.contracts.indicator.v1;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A third-level performance indicator (三级指标) with its levels above.
 *
 * @param level1          一级指标: 产出指标, 效益指标, 满意度指标 or 成本指标
 * @param level2          二级指标, e.g. 数量指标, 社会效益指标, 服务对象满意度指标
 * @param name            三级指标 name, unique within its project
 * @param comparator      {@code ≥} (正向), {@code ≤} (反向), {@code ＝} (等于) or {@code 定性}
 * @param target          the target value of a quantitative indicator, else {@code null}
 * @param targetText      the target as written for a 定性 indicator (e.g. 优良), else {@code null}
 * @param unit            度量单位 (required for quantitative indicators)
 * @param weight          the indicator's weight (分值); a project's weights sum to 90
 * @param actual          the actual value of a quantitative indicator, else {@code null}
 * @param grade           for 定性: 达成年度指标, 部分达成年度指标并具有一定效果 or 未达成年度指标且效果较差
 * @param gradePoints     for 定性: the points chosen inside the grade's band, or {@code null} for the default
 * @param deviationReason 偏差原因, required when the actual is at or above the jurisdiction's threshold
 *                        (130% of target unless configured otherwise)
 */
public record Indicator(
        String level1,
        String level2,
        String name,
        String comparator,
        BigDecimal target,
        String targetText,
        String unit,
        BigDecimal weight,
        BigDecimal actual,
        String grade,
        BigDecimal gradePoints,
        String deviationReason) {

    public static final String AT_LEAST = "≥";
    public static final String AT_MOST = "≤";
    public static final String EQUAL = "＝";
    public static final String QUALITATIVE = "定性";

    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(weight, "weight");
    }
}
