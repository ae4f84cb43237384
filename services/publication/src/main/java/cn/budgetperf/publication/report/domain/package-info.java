/**
 * The public page model in plain Java: what a report page says, with every amount in 万元 to two
 * decimals and every sentence of the 决算情况说明 generated from the figures, so that prose and
 * tables cannot disagree.
 */
package cn.budgetperf.publication.report.domain;
