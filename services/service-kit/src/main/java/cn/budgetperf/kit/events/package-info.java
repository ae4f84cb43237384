/** Reading and writing event envelopes as JSON with the application's own mapper. */
package cn.budgetperf.kit.events;
