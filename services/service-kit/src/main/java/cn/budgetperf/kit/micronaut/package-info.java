/** Micronaut Data JDBC repositories living inside a Spring Boot application. */
package cn.budgetperf.kit.micronaut;
