/**
 * The transactional outbox (DESIGN §2.1, STYLE 6): a use case appends its event in the same
 * transaction as its business rows; the relay publishes committed events to Kafka in order and marks
 * them published. Nothing is published for a rolled-back transaction, nothing committed is lost.
 */
package cn.budgetperf.kit.outbox;
