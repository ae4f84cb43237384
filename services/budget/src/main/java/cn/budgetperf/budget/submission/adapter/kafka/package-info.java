/**
 * Thin Kafka listeners: the score (scoring.results.v1) and the publication state
 * (publication.events.v1) of department-years, handed to {@code OutcomeUpdater}.
 */
package cn.budgetperf.budget.submission.adapter.kafka;
