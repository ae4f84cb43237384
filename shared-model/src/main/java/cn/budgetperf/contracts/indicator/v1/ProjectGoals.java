package cn.budgetperf.contracts.indicator.v1;

import cn.budgetperf.contracts.values.Money;
import java.util.List;
import java.util.Objects;

/**
 * A project's self-evaluation table (项目支出绩效自评表): its money, goals and indicators.
 *
 * @param code           项目编码 (unique within the department-year)
 * @param name           项目名称
 * @param budget         年初预算数, 万元
 * @param adjustedBudget 全年预算数 after adjustment, 万元, or {@code null} when not adjusted
 * @param executed       全年执行数, 万元
 * @param overallTarget  年度总体目标
 * @param tasks          主要任务
 * @param indicators     the third-level indicators with their first and second levels
 */
public record ProjectGoals(
        String code,
        String name,
        Money budget,
        Money adjustedBudget,
        Money executed,
        String overallTarget,
        List<MainTask> tasks,
        List<Indicator> indicators) {

    public ProjectGoals {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
