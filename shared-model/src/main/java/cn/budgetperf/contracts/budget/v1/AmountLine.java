package cn.budgetperf.contracts.budget.v1;

import cn.budgetperf.contracts.values.Money;
import java.util.Objects;

/**
 * One line of a standard table in 万元; a column not reported is {@code null}.
 *
 * @param key             stable key: a field name such as {@code generalPublicBudget}, or a
 *                        classification code such as {@code 2012901}
 * @param name            Chinese name, e.g. 一般公共预算财政拨款收入 or 行政运行
 * @param budget          年初预算数
 * @param adjustedBudget  调整后预算数
 * @param actual          决算数
 * @param priorYearActual 上年决算数
 */
public record AmountLine(String key, String name, Money budget, Money adjustedBudget, Money actual, Money priorYearActual) {

    public AmountLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
