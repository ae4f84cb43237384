package cn.budgetperf.scoring.score.domain;

import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A project's self-evaluation table: its money and its indicators, whose weights sum to 90 (the other
 * 10 points are the execution rate, 财预〔2020〕10号).
 *
 * @param code           项目编码
 * @param name           项目名称
 * @param budget         年初预算数
 * @param adjustedBudget 全年预算数 after adjustment, or {@code null}
 * @param executed       全年执行数
 * @param indicators     its indicators
 */
public record ProjectInput(String code, String name, Money budget, Money adjustedBudget, Money executed,
                           List<IndicatorInput> indicators) {

    public static final BigDecimal INDICATOR_WEIGHTS = BigDecimal.valueOf(90);

    public ProjectInput {
        Objects.requireNonNull(code, "code");
        indicators = List.copyOf(indicators);
        String where = "项目“" + name + "”";
        if (budget == null || executed == null) {
            throw new InvalidInput(where + "缺少预算数或执行数。");
        }
        Money base = adjustedBudget == null ? budget : adjustedBudget;
        if (base.wanYuan().signum() <= 0) {
            throw new InvalidInput(where + "的全年预算数应大于0，实际为" + base + "万元。");
        }
        if (executed.isNegative()) {
            throw new InvalidInput(where + "的执行数不能为负数，实际为" + executed + "万元。");
        }
        Set<String> names = new HashSet<>();
        for (IndicatorInput i : indicators) {
            if (!names.add(i.name().strip())) {
                throw new InvalidInput(where + "的三级指标“" + i.name() + "”重复，同一项目内三级指标名称应唯一。");
            }
        }
        BigDecimal weights = indicators.stream().map(IndicatorInput::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.compareTo(INDICATOR_WEIGHTS) != 0) {
            throw new InvalidInput(where + "的指标分值合计应为90分（另10分为预算执行率），实际为" + weights.stripTrailingZeros().toPlainString() + "分。");
        }
    }

    public ExecutionRate executionRate() {
        return ExecutionRate.of(executed, adjustedBudget == null ? budget : adjustedBudget);
    }
}
