/**
 * {@code POST /api/budget/report-check} (DESIGN §3.1): a report as UTF-8 text or a .docx (raw body or
 * multipart field {@code file}, up to {@code budgetperf.report-check.max-size}), answered with the
 * findings; nothing is stored. Any authenticated user may call it.
 */
package cn.budgetperf.budget.reportcheck.adapter.web;
