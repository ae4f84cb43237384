/**
 * The report checker's engine (DESIGN §6.2): reads the prose of a self-evaluation report, finds the
 * quantities (amounts in 元/万元/亿元, percentages, counts with measure words, scores, years) and the
 * claims between them (totals and parts, shares, year-on-year changes, budget adjustments, execution
 * rates and balances, counts and their lists, score sums, '三公' composition), recomputes each claim
 * with exact decimals and reports the contradictions as findings that quote their excerpt. Plain
 * Java: no framework, no I/O.
 */
package cn.budgetperf.budget.reportcheck.domain;
