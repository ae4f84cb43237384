package cn.budgetperf.budget.document.domain;

/** One part of a count breakdown, e.g. 其他事业单位 1. */
public record NamedCount(String name, Integer count) {

    public NamedCount {
        name = Checks.required(name, 100, "分类名称");
        count = Checks.count(count, name);
    }
}
