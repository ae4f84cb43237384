/**
 * Payloads of topic {@code budget.submissions.v1}, produced by the budget service: a submission's
 * state changed, with the figures snapshot its consumers need.
 */
package cn.budgetperf.contracts.budget.v1;
