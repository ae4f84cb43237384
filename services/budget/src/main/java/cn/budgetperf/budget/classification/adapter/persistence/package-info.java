/** The code table in PostgreSQL ({@code classification_code}). */
package cn.budgetperf.budget.classification.adapter.persistence;
