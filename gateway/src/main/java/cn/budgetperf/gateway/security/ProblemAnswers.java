package cn.budgetperf.gateway.security;

import cn.budgetperf.gateway.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;

/** Refusals as problem details: 401 for API calls without a valid token or session, 403 when a role is missing. */
final class ProblemAnswers {

    private ProblemAnswers() {
    }

    static ServerAuthenticationEntryPoint unauthenticated() {
        return (exchange, e) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return Problems.write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED);
        };
    }

    static ServerAccessDeniedHandler forbidden() {
        return (exchange, e) -> Problems.write(exchange.getResponse(), HttpStatus.FORBIDDEN, Problems.FORBIDDEN);
    }
}
