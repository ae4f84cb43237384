/** The findings of every save ({@code finding_record}) and the statistics queries over them. */
package cn.budgetperf.budget.validation.adapter.persistence;
