package cn.budgetperf.budget.document.domain;

/** The three levels of the functional classification. */
public enum ClassLevel {
    CATEGORY("类", 3),
    SECTION("款", 5),
    ITEM("项", 7);

    private final String label;
    private final int digits;

    ClassLevel(String label, int digits) {
        this.label = label;
        this.digits = digits;
    }

    public String label() {
        return label;
    }

    public int digits() {
        return digits;
    }

    public static ClassLevel ofCode(String code) {
        for (ClassLevel level : values()) {
            if (level.digits == code.length()) {
                return level;
            }
        }
        throw new IllegalArgumentException("功能分类科目编码应为3、5或7位数字：" + code);
    }
}
