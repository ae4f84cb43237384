/** Thin Kafka listeners feeding the read model. */
package cn.budgetperf.publication.report.adapter.kafka;
