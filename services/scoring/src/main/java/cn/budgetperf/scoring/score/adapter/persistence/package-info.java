/** The scoring projection and computation history in PostgreSQL (Micronaut Data JDBC). */
package cn.budgetperf.scoring.score.adapter.persistence;
