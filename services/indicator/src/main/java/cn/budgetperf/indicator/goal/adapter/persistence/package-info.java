/** The current goals document of each department-year and every accepted version, in PostgreSQL. */
package cn.budgetperf.indicator.goal.adapter.persistence;
