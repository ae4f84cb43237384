package cn.budgetperf.contracts.budget.v1;

import java.util.Objects;

/**
 * One part of a stated count in 部门概况, e.g. 公务员编制 3 (人) or 其他事业单位 1 (个).
 *
 * @param name  the type, as reported
 * @param count how many, or {@code null} when not reported
 */
public record CountPart(String name, Integer count) {

    public CountPart {
        Objects.requireNonNull(name, "name");
    }
}
