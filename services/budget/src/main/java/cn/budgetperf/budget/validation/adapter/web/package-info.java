/**
 * {@code POST /api/budget/validate} (check a document, store nothing), {@code GET /api/budget/rules}
 * (the registry) and {@code GET /api/budget/rules/statistics} (the bureau's counts).
 */
package cn.budgetperf.budget.validation.adapter.web;
