/**
 * The submission (年度填报) of one department for one fiscal year, its figures, the checks on them and
 * its review workflow DRAFT → SUBMITTED → RETURNED | ACCEPTED. Plain Java: no framework.
 */
package cn.budgetperf.budget.submission.domain;
