/**
 * Evaluation frameworks (评价指标体系) as versioned data, read-only for now; goals and indicator trees
 * come next (issue 4). A part with no logic yet, so it stays flat.
 */
package cn.budgetperf.indicator.framework;
