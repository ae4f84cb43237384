package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.Money;
import java.util.regex.Pattern;

/**
 * One line of expenditure by government functional classification (政府收支分类科目): a 类 (3 digits),
 * 款 (5) or 项 (7), with its amounts.
 *
 * @param code            the classification code, e.g. {@code 2012901}
 * @param name            the name as reported (the code table's name is shown where it is missing)
 */
public record FunctionalLine(String code, String name, Money budget, Money adjustedBudget, Money actual,
                             Money priorYearActual) {

    private static final Pattern CODE = Pattern.compile("[0-9]{3}|[0-9]{5}|[0-9]{7}");

    public FunctionalLine {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new IllegalArgumentException("功能分类科目编码应为3位（类）、5位（款）或7位（项）数字：" + code);
        }
        code = code.strip();
        name = Checks.text(name, 100, "科目名称");
        budget = Checks.amount(budget, code + "的年初预算数");
        adjustedBudget = Checks.amount(adjustedBudget, code + "的调整后预算数");
        actual = Checks.amount(actual, code + "的决算数");
        priorYearActual = Checks.amount(priorYearActual, code + "的上年决算数");
    }

    public Amounts amounts() {
        return new Amounts(budget, adjustedBudget, actual, priorYearActual);
    }

    public ClassLevel level() {
        return ClassLevel.ofCode(code);
    }
}
