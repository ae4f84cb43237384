/** Thin Kafka listeners: decode the envelope, hand it to a use case. */
package cn.budgetperf.scoring.score.adapter.kafka;
