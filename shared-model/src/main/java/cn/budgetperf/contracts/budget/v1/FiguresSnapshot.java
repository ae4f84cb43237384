package cn.budgetperf.contracts.budget.v1;

import cn.budgetperf.contracts.values.Money;
import java.util.Objects;

/**
 * The totals of a submission, in 万元.
 *
 * @param incomeTotal      本年收入合计 (final account)
 * @param expenditureTotal 本年支出合计 (final account, i.e. the amount executed)
 * @param budgetTotal      全年预算数 (adjusted budget where adjusted); base of the execution rate
 */
public record FiguresSnapshot(Money incomeTotal, Money expenditureTotal, Money budgetTotal) {

    public FiguresSnapshot {
        Objects.requireNonNull(incomeTotal, "incomeTotal");
        Objects.requireNonNull(expenditureTotal, "expenditureTotal");
        Objects.requireNonNull(budgetTotal, "budgetTotal");
    }
}
