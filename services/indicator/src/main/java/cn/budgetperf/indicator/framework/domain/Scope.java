package cn.budgetperf.indicator.framework.domain;

/** What a framework evaluates: a department overall (部门整体) or a project (项目支出). */
public enum Scope {
    DEPARTMENT,
    PROJECT
}
