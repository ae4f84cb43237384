package cn.budgetperf.gateway.security;

import cn.budgetperf.gateway.Problems;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Protection against cross-site request forgery for browser sessions, decided on headers only:
 * a state-changing request is refused when the browser says it comes from another site
 * ({@code Sec-Fetch-Site: cross-site|same-site}) or, for browsers that do not send that header,
 * when its {@code Origin} is neither the gateway's public origin nor its own. Requests carrying
 * {@code Authorization: Bearer} are not authenticated by a cookie and pass.
 *
 * <p>Spring's token-based CSRF filter is not used: it reads form bodies to find the token, and a
 * body read at the gateway is no longer there to be proxied (spring-security#11687). The session
 * cookie is also {@code SameSite=Lax}.
 */
final class CrossSiteRequestGuard implements WebFilter {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final String publicOrigin;

    CrossSiteRequestGuard(String publicOrigin) {
        this.publicOrigin = publicOrigin;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (SAFE.contains(request.getMethod()) || carriesBearerToken(request) || !crossSite(request)) {
            return chain.filter(exchange);
        }
        return Problems.write(exchange.getResponse(), HttpStatus.FORBIDDEN, Problems.CROSS_SITE);
    }

    boolean crossSite(ServerHttpRequest request) {
        String fetchSite = request.getHeaders().getFirst("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !OWN_SITE.contains(fetchSite);
        }
        String origin = request.getHeaders().getOrigin();
        if (origin == null) {
            return false;
        }
        String own = request.getURI().getScheme() + "://" + request.getURI().getRawAuthority();
        return !origin.equals(publicOrigin) && !origin.equals(own);
    }

    private static boolean carriesBearerToken(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
