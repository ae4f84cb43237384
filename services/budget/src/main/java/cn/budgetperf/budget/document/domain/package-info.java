/**
 * The submission document (年度填报的内容) of DESIGN §3: the declared totals, the department's profile,
 * income by source, expenditure by nature and by functional classification, '三公' and the other
 * controlled expenses, procurement, assets, projects and the self-evaluation. Plain immutable records
 * whose constructors refuse what can never be valid (negative or oversized amounts, malformed codes,
 * overlong text) with a Chinese message; everything that can be wrong only in relation to other
 * figures is left to the rule registry. A {@code null} amount means "not reported", never zero.
 */
package cn.budgetperf.budget.document.domain;
