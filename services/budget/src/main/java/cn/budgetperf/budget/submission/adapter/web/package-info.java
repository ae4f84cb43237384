/**
 * The REST contract of DESIGN §3.1 under {@code /api/budget}: request and response bodies, input
 * validation with Chinese messages, and the mapping of domain refusals to HTTP statuses.
 */
package cn.budgetperf.budget.submission.adapter.web;
