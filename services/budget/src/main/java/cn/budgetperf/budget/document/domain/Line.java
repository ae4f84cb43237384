package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.Money;

/**
 * A named line of a fixed table, e.g. income source {@code generalPublicBudget} 一般公共预算财政拨款收入.
 *
 * @param path    where it sits in the document, e.g. {@code income.generalPublicBudget}
 * @param label   its Chinese name
 * @param amounts its amounts, or {@code null} when the line was not filled in
 */
public record Line(String path, String label, Amounts amounts) {

    public Money at(Column column) {
        return amounts == null ? null : amounts.of(column);
    }
}
