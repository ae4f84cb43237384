package cn.budgetperf.contracts.indicator.v1;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One framework item with the department's self-score.
 *
 * @param code       the item's id in its framework, e.g. {@code yanbian-dept-2024/finance/system}
 * @param name       the item's name, with its parents, e.g. 财务管理 › 财务管理制度
 * @param maxPoints  the item's maximum (for a deduction item: the most that can be deducted)
 * @param points     the self-score, or {@code null} when the department left it blank
 * @param applicable {@code false} when the item does not apply to the department (excluded from the maximum)
 * @param deduction  {@code true} for a deduction item (扣分项): its points are subtracted
 * @param note       the department's note (备注), or {@code null}
 */
public record EvaluatedItem(
        String code,
        String name,
        BigDecimal maxPoints,
        BigDecimal points,
        boolean applicable,
        boolean deduction,
        String note) {

    public EvaluatedItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maxPoints, "maxPoints");
    }
}
