package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.Money;

/**
 * The three totals a department declares (the walking skeleton's whole document); each may be left out
 * when the detailed tables give it.
 *
 * @param incomeTotal      本年收入合计 (final account)
 * @param expenditureTotal 本年支出合计 (final account, the amount executed)
 * @param budgetTotal      全年预算数 (adjusted budget), the base of the execution rate
 */
public record Figures(Money incomeTotal, Money expenditureTotal, Money budgetTotal) {

    public static final Figures NONE = new Figures(null, null, null);

    public Figures {
        incomeTotal = Checks.amount(incomeTotal, "本年收入合计");
        expenditureTotal = Checks.amount(expenditureTotal, "本年支出合计");
        budgetTotal = Checks.amount(budgetTotal, "全年预算数");
    }
}
