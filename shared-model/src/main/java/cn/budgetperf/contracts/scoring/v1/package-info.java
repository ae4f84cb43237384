/** Payloads of topic {@code scoring.results.v1}, produced by the scoring service. */
package cn.budgetperf.contracts.scoring.v1;
