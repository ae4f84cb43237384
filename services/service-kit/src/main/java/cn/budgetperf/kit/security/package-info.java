/**
 * Every service is an OAuth2 resource server of the Keycloak realm {@code budget-perf}: tokens are
 * checked against the issuer, realm roles become authorities, and the caller's department or region
 * comes from the token's claims, never from the request.
 */
package cn.budgetperf.kit.security;
