package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;

/**
 * One project (项目支出); its performance goals live in the indicator service.
 *
 * @param balanceReturned 结余资金交回国库的金额
 * @param selfScore       the project's self-evaluation score, if any
 */
public record Project(String code, String name, ProjectKind kind, Money budget, Money adjustedBudget, Money actual,
                      Money balanceReturned, BigDecimal selfScore) {

    public Project {
        code = Checks.text(code, 50, "项目编码");
        name = Checks.required(name, 200, "项目名称");
        budget = Checks.amount(budget, name + "的年初预算数");
        adjustedBudget = Checks.amount(adjustedBudget, name + "的调整后预算数");
        actual = Checks.amount(actual, name + "的决算数");
        balanceReturned = Checks.amount(balanceReturned, name + "的结余交回数");
        selfScore = Checks.points(selfScore, name + "的自评得分");
    }

    /** The budget execution is measured against: the adjusted budget where there is one. */
    public Money executionBase() {
        return adjustedBudget != null ? adjustedBudget : budget;
    }
}
