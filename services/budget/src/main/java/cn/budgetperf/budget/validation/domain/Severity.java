package cn.budgetperf.budget.validation.domain;

/** ERROR blocks submission; WARNING needs the department's explanation first; INFO informs. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
