/** Frameworks, their item trees and their assignments to regions and years in PostgreSQL (Micronaut Data JDBC). */
package cn.budgetperf.indicator.framework.adapter.persistence;
