package cn.budgetperf.budget.workbook.adapter.excel;

/** What a cell holds. */
enum Kind {
    /** 万元, at most six decimals, not negative. */
    MONEY,
    /** A whole number, not negative. */
    COUNT,
    /** Points of a score, not negative. */
    POINTS,
    TEXT,
    /** Several texts in one cell, separated by 、 */
    TEXT_LIST,
    /** 是 / 否. */
    YES_NO,
    /** 行政单位 / 参照公务员法管理的事业单位 / 事业单位. */
    UNIT_TYPE,
    /** 常年项目 / 一次性项目. */
    PROJECT_KIND
}
