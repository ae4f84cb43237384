/**
 * Payloads of topic {@code indicator.goals.v1}, produced by the indicator service: a department-year's
 * performance goals, project indicator tables with their actuals, and the self-evaluation against its
 * framework were accepted. Each event carries the whole document, so a consumer needs no other source.
 */
package cn.budgetperf.contracts.indicator.v1;
