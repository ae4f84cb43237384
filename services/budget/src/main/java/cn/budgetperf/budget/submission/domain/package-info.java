/**
 * The submission (年度填报) of one department for one fiscal year: its versions, the explanations of
 * warnings, and its review workflow DRAFT → SUBMITTED → RETURNED | ACCEPTED, then a correction opens the
 * next version. Plain Java: no framework.
 */
package cn.budgetperf.budget.submission.domain;
