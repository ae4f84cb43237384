/**
 * Plumbing every service shares and no service should write twice: the JWT resource server,
 * the transactional outbox with its relay, idempotent consumption, Micronaut Data repositories
 * inside Spring, and problem responses a clerk can read. It holds no domain logic.
 */
package cn.budgetperf.kit;
