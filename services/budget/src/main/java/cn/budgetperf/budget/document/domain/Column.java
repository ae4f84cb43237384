package cn.budgetperf.budget.document.domain;

/** The columns of the standard tables. */
public enum Column {
    BUDGET("budget", "年初预算数"),
    ADJUSTED_BUDGET("adjustedBudget", "调整后预算数"),
    ACTUAL("actual", "决算数"),
    PRIOR_YEAR_ACTUAL("priorYearActual", "上年决算数");

    private final String field;
    private final String label;

    Column(String field, String label) {
        this.field = field;
        this.label = label;
    }

    /** The JSON field name, e.g. {@code adjustedBudget}. */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }
}
