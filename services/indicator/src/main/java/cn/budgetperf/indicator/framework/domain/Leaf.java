package cn.budgetperf.indicator.framework.domain;

import java.math.BigDecimal;

/**
 * A scorable item as a department self-scores it.
 *
 * @param id        framework id and key path, e.g. {@code yanbian-dept-2024/overall/finance/system}
 * @param name      the item's name after its group's, e.g. 财务管理 › 财务管理制度
 * @param maxPoints the maximum, or {@code null} when it is configured per jurisdiction
 * @param deduction whether it is a deduction item
 */
public record Leaf(String id, String name, BigDecimal maxPoints, boolean deduction) {

    public boolean configurable() {
        return maxPoints == null;
    }
}
