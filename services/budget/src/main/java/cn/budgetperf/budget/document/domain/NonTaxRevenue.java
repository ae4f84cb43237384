package cn.budgetperf.budget.document.domain;

/**
 * 非税收入: the year's plan and what was remitted to the treasury, each with its items.
 */
public record NonTaxRevenue(AmountBreakdown plan, AmountBreakdown remitted) {
}
