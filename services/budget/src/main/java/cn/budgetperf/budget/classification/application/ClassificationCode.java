package cn.budgetperf.budget.classification.application;

/** One code of the table, e.g. 2012901 行政运行. */
public record ClassificationCode(String code, String name) {
}
