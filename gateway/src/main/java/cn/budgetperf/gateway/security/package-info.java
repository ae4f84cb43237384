/**
 * Who may pass the gateway. Browsers log in with Keycloak (OAuth2 login, client {@code gateway}) and
 * their session's access token is relayed to the services; API clients bring a bearer JWT that is
 * checked here and passed on unchanged. Realm roles become {@code ROLE_<role>} authorities either
 * way. Nothing here calls Keycloak at start-up.
 */
package cn.budgetperf.gateway.security;
