/**
 * Submissions in PostgreSQL: the current version's row (with its document as JSON), every version's
 * latest state, the audit trail with what changed, and the score and publication state of each
 * department-year. Rows map to the domain here and nowhere else; audit rows are written in the same
 * transaction as the change they record.
 */
package cn.budgetperf.budget.submission.adapter.persistence;
