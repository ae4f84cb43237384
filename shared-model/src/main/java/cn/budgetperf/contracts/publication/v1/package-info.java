/** Payloads of topic {@code publication.events.v1}, produced by the publication service. */
package cn.budgetperf.contracts.publication.v1;
