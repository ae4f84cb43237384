package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.Money;
import java.util.List;

/**
 * A stated amount and its parts.
 *
 * @param total    the stated total in 万元, or {@code null}
 * @param parts    the parts
 * @param complete {@code false} when the parts are examples only (主要是…); otherwise they must add up
 */
public record AmountBreakdown(Money total, List<NamedAmount> parts, Boolean complete) {

    public AmountBreakdown {
        total = Checks.amount(total, "合计");
        parts = Checks.list(parts, "明细");
    }

    public boolean exhaustive() {
        return complete == null || complete;
    }
}
