/**
 * Evaluation frameworks (评价指标体系) in plain Java: a versioned tree of items with maximum points,
 * scoring criteria and required evidence, the checks every framework passes (no negative maximum, a
 * parent's maximum is the sum of its children's), and the flat list of scorable items a department
 * self-scores.
 */
package cn.budgetperf.indicator.framework.domain;
