/**
 * Limits that protect the services behind the gateway: the largest request body the gateway lets
 * through, and a per-client-IP token bucket on the open {@code /public/**} routes. Both are kept
 * in this process's memory; with several gateway replicas each counts on its own.
 */
package cn.budgetperf.gateway.limits;
