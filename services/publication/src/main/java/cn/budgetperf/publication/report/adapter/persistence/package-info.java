/** The publication read model in PostgreSQL (Micronaut Data JDBC). */
package cn.budgetperf.publication.report.adapter.persistence;
