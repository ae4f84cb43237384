package cn.budgetperf.budget.document.domain;

import java.util.List;

/**
 * A stated total and its parts, e.g. 下属二级预算单位0个，其中行政单位0个…其他事业单位1个.
 *
 * @param total    the stated total, or {@code null}
 * @param parts    the parts by type
 * @param complete {@code false} when the parts are examples only (…等); otherwise they must add up
 */
public record CountBreakdown(Integer total, List<NamedCount> parts, Boolean complete) {

    public CountBreakdown {
        total = Checks.count(total, "合计数");
        parts = Checks.list(parts, "分类");
    }

    public boolean exhaustive() {
        return complete == null || complete;
    }
}
