/**
 * How every service answers bad requests: RFC 9457 problem details whose {@code detail} a clerk can
 * read (in Chinese), the same shape for malformed JSON, invalid fields, out-of-range values, oversized
 * bodies and forbidden access.
 */
package cn.budgetperf.kit.web;
