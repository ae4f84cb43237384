package cn.budgetperf.publication.report.domain;

/** What a public version records. */
public enum Action {
    PUBLISHED("公开"),
    CORRECTED("更正"),
    WITHDRAWN("撤回");

    private final String label;

    Action(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
