/** Reading the code table (cached for validation) and adding codes (admin only). */
package cn.budgetperf.budget.classification.application;
