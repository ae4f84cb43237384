/** {@code GET/POST /api/budget/classifications}: the code table for everyone, additions for the admin. */
package cn.budgetperf.budget.classification.adapter.web;
