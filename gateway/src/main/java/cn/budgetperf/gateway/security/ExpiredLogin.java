package cn.budgetperf.gateway.security;

import cn.budgetperf.gateway.Problems;
import java.net.URI;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * A browser session whose Keycloak login has ended (refresh token refused, session ended at
 * Keycloak) cannot relay a token any more. Instead of failing every request until the gateway's
 * session times out, the session forgets its login: API calls get 401, pages go back to the login.
 */
@Component
@Order(-3)
class ExpiredLogin implements ErrorWebExceptionHandler {

    static final String DETAIL = "登录已过期，请重新登录。";

    private final WebSessionServerRequestCache requestCache = new WebSessionServerRequestCache();

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (!(error instanceof OAuth2AuthorizationException) || exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        Mono<Void> forget = exchange.getSession().doOnNext(ExpiredLogin::forgetLogin).then();
        return ServerWebExchangeMatchers.pathMatchers("/api/**").matches(exchange).flatMap(api -> api.isMatch()
                ? forget.then(Problems.write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, DETAIL))
                : forget.then(requestCache.saveRequest(exchange)).then(Mono.fromRunnable(() -> {
                    exchange.getResponse().setStatusCode(HttpStatus.FOUND);
                    exchange.getResponse().getHeaders().setLocation(
                            URI.create("/oauth2/authorization/" + KeycloakClient.REGISTRATION_ID));
                    exchange.getResponse().getHeaders().remove(HttpHeaders.CONTENT_TYPE);
                })).then(exchange.getResponse().setComplete()));
    }

    private static void forgetLogin(WebSession session) {
        session.getAttributes().remove(WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME);
    }
}
