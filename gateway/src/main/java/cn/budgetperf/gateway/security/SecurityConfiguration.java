package cn.budgetperf.gateway.security;

import java.net.URI;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The public site has its own stateless chain: {@code /public/**} is for anyone, never needs a
 * session, and is the busiest path (issue 6's benchmark), so nothing there reads or creates one.
 * The rules of the other chain: {@code /} and health are open; {@code /api/**} takes a bearer JWT
 * or a browser session and answers 401 otherwise; everything else (the portal) needs a browser
 * login and redirects to Keycloak; other actuator endpoints are for admins.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain publicSiteSecurity(ServerHttpSecurity http, LoginProperties login) {
        http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/public/**"))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .addFilterAt(new CrossSiteRequestGuard(login.publicOrigin()), SecurityWebFiltersOrder.CSRF);
        return http.build();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, LoginProperties login,
                                           ReactiveClientRegistrationRepository registrations) {
        ServerAuthenticationEntryPoint unauthenticated = ProblemAnswers.unauthenticated();
        http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/", "/actuator/health", "/actuator/health/**",
                                "/actuator/info", "/favicon.ico").permitAll()
                        .pathMatchers("/actuator/**").hasRole("admin")
                        .anyExchange().authenticated())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint(unauthenticated))
                        .accessDeniedHandler(ProblemAnswers.forbidden()))
                .oauth2Login(oauth2 -> { })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(ProblemAnswers.forbidden())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(BearerTokens.authentication())))
                .logout(logout -> logout
                        .requiresLogout(ServerWebExchangeMatchers.pathMatchers("/logout"))
                        .logoutSuccessHandler(logoutThroughKeycloak(registrations, login)))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .addFilterAt(new CrossSiteRequestGuard(login.publicOrigin()), SecurityWebFiltersOrder.CSRF);
        return http.build();
    }

    /** Used by {@code oauth2Login}, which picks up the bean of this type. */
    @Bean
    OidcUsersWithRealmRoles oidcUsers(ReactiveJwtDecoder accessTokens) {
        return new OidcUsersWithRealmRoles(new OidcReactiveOAuth2UserService(), accessTokens);
    }

    /** API calls get 401; anything else is a browser page and goes to the Keycloak login. */
    private static ServerAuthenticationEntryPoint entryPoint(ServerAuthenticationEntryPoint unauthenticated) {
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(List.of(
                new DelegateEntry(ServerWebExchangeMatchers.pathMatchers("/api/**", "/actuator/**"), unauthenticated)));
        entryPoint.setDefaultEntryPoint(
                new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/" + KeycloakClient.REGISTRATION_ID));
        return entryPoint;
    }

    /**
     * {@code /logout} (GET, so that a plain link works, or POST) ends the session here and at Keycloak,
     * then shows the public pages (directly, when there was no browser login to end). The session cookie is {@code SameSite=Lax}: another site cannot
     * embed or fetch {@code /logout} with it, at most navigate the whole page there (a logout, no harm).
     */
    private static ServerLogoutSuccessHandler logoutThroughKeycloak(ReactiveClientRegistrationRepository registrations,
                                                                    LoginProperties login) {
        OidcClientInitiatedServerLogoutSuccessHandler handler =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri(login.publicPath("/public/"));
        handler.setLogoutSuccessUrl(URI.create(login.publicPath("/public/")));
        return handler;
    }
}
