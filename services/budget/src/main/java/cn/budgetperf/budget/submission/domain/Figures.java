package cn.budgetperf.budget.submission.domain;

import cn.budgetperf.contracts.values.Money;
import java.util.Objects;

/**
 * The totals of a submission in 万元.
 *
 * @param incomeTotal      本年收入合计
 * @param expenditureTotal 本年支出合计 (executed)
 * @param budgetTotal      全年预算数 (adjusted budget)
 */
public record Figures(Money incomeTotal, Money expenditureTotal, Money budgetTotal) {

    public Figures {
        Objects.requireNonNull(incomeTotal, "incomeTotal");
        Objects.requireNonNull(expenditureTotal, "expenditureTotal");
        Objects.requireNonNull(budgetTotal, "budgetTotal");
        requireNotNegative(incomeTotal, "本年收入合计");
        requireNotNegative(expenditureTotal, "本年支出合计");
        requireNotNegative(budgetTotal, "全年预算数");
    }

    private static void requireNotNegative(Money amount, String name) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException(name + "不能为负数: " + amount + " 万元");
        }
    }
}
