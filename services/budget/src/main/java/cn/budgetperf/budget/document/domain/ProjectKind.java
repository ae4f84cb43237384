package cn.budgetperf.budget.document.domain;

/** 项目类别. */
public enum ProjectKind {
    ONGOING("常年项目"),
    ONE_OFF("一次性项目");

    private final String label;

    ProjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
