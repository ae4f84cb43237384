package cn.budgetperf.budget.reportcheck.domain;

/**
 * The registry of report-check rules (DESIGN §6.3): id, category, severity, what the rule checks and
 * which figures of the prose it reads.
 */
public enum ReportRule {

    SUM_PARTS_EXCEED("RC-SUM-01", Category.ACCURACY, Severity.ERROR,
            "分项之和超过合计", "合计数及其“其中/包括/主要用于…”列出的分项"),
    SUM_PARTS_SHORT("RC-SUM-02", Category.ACCURACY, Severity.WARNING,
            "列全的分项之和小于合计", "合计数及其列全的分项（含“其他”项、“分别为”或占比合计100%）"),
    SHARE_PERCENT("RC-PCT-01", Category.ACCURACY, Severity.ERROR,
            "占比与金额不符", "分项金额、其“占P%”及所占的合计"),
    YOY_PERCENT("RC-YOY-01", Category.ACCURACY, Severity.ERROR,
            "同比增减幅度与金额不符", "本年数、增减额及增长/下降P%"),
    YOY_AMOUNT("RC-YOY-02", Category.ACCURACY, Severity.ERROR,
            "同比增减额与两年数字不符", "本年数、上年数及增减额"),
    PERCENT_TRUNCATED("RC-PCT-02", Category.ACCURACY, Severity.WARNING,
            "百分比被截断而非四舍五入", "任一可重算的百分比"),
    BUDGET_ADJUSTMENT("RC-BUD-01", Category.ACCURACY, Severity.ERROR,
            "年初预算加追加减调减不等于全年预算", "年初预算、追加（调增）、调减、全年（调整后）预算"),
    EXECUTION_RATE("RC-BUD-02", Category.ACCURACY, Severity.ERROR,
            "预算执行率与金额不符", "预算数、执行（支出）数及执行率"),
    BALANCE("RC-BUD-03", Category.ACCURACY, Severity.ERROR,
            "结余不等于预算减支出", "预算（到位）数、实际支出数及结余"),
    COUNT_PARTS("RC-CNT-01", Category.ACCURACY, Severity.ERROR,
            "数量分项与总数不符", "“N个，其中a个、b个…”"),
    COUNT_LIST("RC-CNT-02", Category.COMPLETENESS, Severity.ERROR,
            "所列名称个数与总数不符", "“N个…，分别为A、B…”"),
    DUPLICATE_ITEM("RC-LST-01", Category.ACCURACY, Severity.WARNING,
            "列举中同一事项出现两次", "以顿号列举的事项"),
    SCORE_SUM("RC-SCO-01", Category.ACCURACY, Severity.ERROR,
            "各项得分之和不等于总分", "自评打分表或“得分X分”及各部分得分"),
    SCORE_BLANK("RC-SCO-02", Category.COMPLETENESS, Severity.WARNING,
            "指标未填自评得分", "自评打分表的分值与自评得分列"),
    SCORE_OVER_MAX("RC-SCO-03", Category.ACCURACY, Severity.ERROR,
            "得分超过分值", "自评打分表的分值与自评得分列"),
    SANGONG_SCOPE("RC-3G-01", Category.ACCURACY, Severity.ERROR,
            "“三公”经费计入了会议费或培训费", "“三公”经费合计及其分项"),
    MALFORMED_NUMBER("RC-NUM-01", Category.PLAUSIBILITY, Severity.ERROR,
            "数字格式错误", "任一带单位的数字"),
    IMPLAUSIBLE_UNIT("RC-NUM-02", Category.PLAUSIBILITY, Severity.ERROR,
            "金额单位不合理（应为万元）", "以元为单位的金额"),
    COPIED_FIGURES("RC-CPY-01", Category.PLAUSIBILITY, Severity.WARNING,
            "决算数与预算数逐项相同", "同一组分项的预算与决算");

    /** DESIGN §6.3: existence, accuracy, completeness, plausibility. */
    public enum Category { EXISTENCE, ACCURACY, COMPLETENESS, PLAUSIBILITY }

    private final String id;
    private final Category category;
    private final Severity severity;
    private final String title;
    private final String reads;

    ReportRule(String id, Category category, Severity severity, String title, String reads) {
        this.id = id;
        this.category = category;
        this.severity = severity;
        this.title = title;
        this.reads = reads;
    }

    public String id() {
        return id;
    }

    public Category category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }

    public String reads() {
        return reads;
    }
}
