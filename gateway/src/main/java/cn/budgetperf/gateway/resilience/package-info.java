/**
 * What a caller sees when a service does not answer: each route's circuit breaker forwards here,
 * and the answer is a 503 problem in Chinese instead of a connection error or a hanging request.
 * Breaker and time limits are configured under {@code resilience4j.*} in {@code application.yml}.
 */
package cn.budgetperf.gateway.resilience;
