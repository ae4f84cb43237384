/**
 * Submissions in PostgreSQL through a Micronaut Data JDBC repository; rows map to the domain record
 * here and nowhere else. Audit rows are written in the same transaction as the change they record.
 */
package cn.budgetperf.budget.submission.adapter.persistence;
