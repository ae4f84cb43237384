/**
 * Idempotent consumption (STYLE 7): a consumer records each event id it handled in the same
 * transaction as its effects, so redelivery is harmless.
 */
package cn.budgetperf.kit.inbox;
