package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.Money;

/**
 * One line's amounts in 万元, each {@code null} when not reported.
 *
 * @param budget          年初预算数
 * @param adjustedBudget  调整后预算数（全年预算数）
 * @param actual          决算数（本年执行数）
 * @param priorYearActual 上年决算数
 */
public record Amounts(Money budget, Money adjustedBudget, Money actual, Money priorYearActual) {

    public Amounts {
        budget = Checks.amount(budget, "年初预算数");
        adjustedBudget = Checks.amount(adjustedBudget, "调整后预算数");
        actual = Checks.amount(actual, "决算数");
        priorYearActual = Checks.amount(priorYearActual, "上年决算数");
    }

    public Money of(Column column) {
        return switch (column) {
            case BUDGET -> budget;
            case ADJUSTED_BUDGET -> adjustedBudget;
            case ACTUAL -> actual;
            case PRIOR_YEAR_ACTUAL -> priorYearActual;
        };
    }
}
