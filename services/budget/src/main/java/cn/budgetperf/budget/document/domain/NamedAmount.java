package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.Money;

/** One part of an amount breakdown, e.g. 事业单位招聘工作人员考试 33.59. */
public record NamedAmount(String name, Money amount) {

    public NamedAmount {
        name = Checks.required(name, 200, "项目名称");
        amount = Checks.amount(amount, name);
    }
}
