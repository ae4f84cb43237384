package cn.budgetperf.indicator.framework.domain;

/** A scored item adds points; a deduction item (扣分项) subtracts them and is outside the maximum. */
public enum ItemKind {
    SCORED,
    DEDUCTION
}
