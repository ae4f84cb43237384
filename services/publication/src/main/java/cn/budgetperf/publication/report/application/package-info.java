/**
 * Keeping the read model current from submission and score events (idempotent, per-source versions),
 * and building the public pages from it.
 */
package cn.budgetperf.publication.report.application;
