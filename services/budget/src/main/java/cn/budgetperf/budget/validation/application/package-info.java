/**
 * Validation as a use case: the registry run against the current code table, and the bureau's rule
 * statistics (how often each rule fired in its region, and on whom) from the findings of every save.
 */
package cn.budgetperf.budget.validation.application;
