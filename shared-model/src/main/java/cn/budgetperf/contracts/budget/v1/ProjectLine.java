package cn.budgetperf.contracts.budget.v1;

import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One project of the submission, amounts in 万元 ({@code null} when not reported).
 *
 * @param kind            {@code ONGOING} (常年) or {@code ONE_OFF} (一次性), or {@code null}
 * @param balanceReturned 结余交回国库的金额
 * @param selfScore       the project's self-evaluation score, or {@code null}
 */
public record ProjectLine(String code, String name, String kind, Money budget, Money adjustedBudget, Money actual,
                          Money balanceReturned, BigDecimal selfScore) {

    public ProjectLine {
        Objects.requireNonNull(name, "name");
    }
}
