/**
 * Use cases on submissions: save a draft, submit, review, read. Each runs in one transaction that
 * writes the submission, its audit row and its outbox event together, and checks who may do it.
 */
package cn.budgetperf.budget.submission.application;
