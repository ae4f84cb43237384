package cn.budgetperf.contracts.budget.v1;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One self-evaluation item.
 *
 * @param group      the levels above the item, e.g. 总体绩效/财务管理
 * @param maxPoints  its maximum, or {@code null}
 * @param score      the self-score, or {@code null} when left blank
 * @param applicable whether the item applies
 * @param deduction  whether it is a 扣分项 (subtracted)
 */
public record ScoreLine(String name, String group, BigDecimal maxPoints, BigDecimal score, boolean applicable,
                        boolean deduction, String note) {

    public ScoreLine {
        Objects.requireNonNull(name, "name");
    }
}
