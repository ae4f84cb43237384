/**
 * The scoring formulas of DESIGN §4 in plain Java: execution rate and its score, conversion to a
 * 100-point scale, grades. Every figure is a {@link java.math.BigDecimal} rounded half-up where the
 * design says so, and nowhere else.
 */
package cn.budgetperf.scoring.score.domain;
