package cn.budgetperf.budget.submission.domain;

/** Where a version of a submission stands in the review workflow. */
public enum Status {
    DRAFT("草稿"),
    SUBMITTED("已报送"),
    RETURNED("已退回"),
    ACCEPTED("已审核通过");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the department may still change the content. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
