package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.Money;

/**
 * 预算调整: 年初预算 + 追加 − 调减 = 调整后预算.
 */
public record BudgetAdjustment(Money initial, Money additions, Money reductions, Money adjusted) {

    public BudgetAdjustment {
        initial = Checks.amount(initial, "年初预算数");
        additions = Checks.amount(additions, "追加预算数");
        reductions = Checks.amount(reductions, "调减预算数");
        adjusted = Checks.amount(adjusted, "调整后预算数");
    }
}
