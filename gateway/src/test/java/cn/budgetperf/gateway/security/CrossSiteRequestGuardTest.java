package cn.budgetperf.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class CrossSiteRequestGuardTest {

    private final CrossSiteRequestGuard guard = new CrossSiteRequestGuard("https://jixiao.example.cn");

    @Test
    void whenAnotherSitePostsWithTheSessionCookie_thenItIsRefusedWith403() {
        assertThat(pass(MockServerHttpRequest.post("https://jixiao.example.cn/portal/submissions")
                .header("Sec-Fetch-Site", "cross-site").header("Origin", "https://evil.example"))).isFalse();
    }

    @Test
    void whenABrowserWithoutFetchMetadataPostsFromAForeignOrigin_thenItIsRefused() {
        assertThat(pass(MockServerHttpRequest.post("https://jixiao.example.cn/logout")
                .header("Origin", "https://evil.example"))).isFalse();
    }

    @Test
    void whenThePortalPostsFromItsOwnPage_thenItPasses() {
        assertThat(pass(MockServerHttpRequest.post("https://jixiao.example.cn/portal/submissions")
                .header("Sec-Fetch-Site", "same-origin").header("Origin", "https://jixiao.example.cn"))).isTrue();
        assertThat(pass(MockServerHttpRequest.post("http://10.0.0.5:8080/portal/submissions")
                .header("Origin", "https://jixiao.example.cn"))).isTrue();
    }

    @Test
    void whenAClientBringsABearerToken_thenNoCookieIsInvolvedAndItPasses() {
        assertThat(pass(MockServerHttpRequest.post("https://jixiao.example.cn/api/budget/submissions")
                .header("Sec-Fetch-Site", "cross-site").header("Authorization", "Bearer abc"))).isTrue();
    }

    @Test
    void whenAReadCrossesSites_thenItPasses() {
        assertThat(pass(MockServerHttpRequest.get("https://jixiao.example.cn/portal/")
                .header("Sec-Fetch-Site", "cross-site"))).isTrue();
    }

    @Test
    void whenANonBrowserClientPostsWithoutOriginHeaders_thenItPasses() {
        assertThat(pass(MockServerHttpRequest.post("https://jixiao.example.cn/logout"))).isTrue();
    }

    private boolean pass(MockServerHttpRequest.BaseBuilder<?> request) {
        MockServerWebExchange exchange = MockServerWebExchange.from(request);
        AtomicBoolean passed = new AtomicBoolean();
        guard.filter(exchange, e -> {
            passed.set(true);
            return Mono.empty();
        }).block();
        if (!passed.get()) {
            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        return passed.get();
    }
}
