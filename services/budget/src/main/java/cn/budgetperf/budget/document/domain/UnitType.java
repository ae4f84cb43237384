package cn.budgetperf.budget.document.domain;

/** 单位类型. */
public enum UnitType {
    ADMINISTRATIVE("行政单位"),
    CIVIL_SERVICE_MANAGED("参照公务员法管理的事业单位"),
    PUBLIC_INSTITUTION("事业单位");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
