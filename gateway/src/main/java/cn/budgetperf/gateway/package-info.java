/**
 * The gateway: the only process a browser or an API client talks to. Routes live in
 * {@code application.yml}; this package holds the application class and the problem responses
 * (RFC 9457, Chinese {@code detail}) that the gateway itself answers with.
 */
package cn.budgetperf.gateway;
