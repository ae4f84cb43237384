package cn.budgetperf.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.mock.web.server.MockWebSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;

class ExpiredLoginTest {

    private static final String CONTEXT = WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME;
    private final ClientAuthorizationException refused =
            new ClientAuthorizationException(new OAuth2Error("invalid_grant"), "keycloak");

    @Test
    void whenTheRefreshTokenIsRefusedOnAnApiCall_thenTheSessionForgetsTheLoginAndTheCallGets401() {
        MockWebSession session = loggedInSession();
        MockServerWebExchange exchange = MockServerWebExchange.builder(
                MockServerHttpRequest.get("/api/budget/submissions")).session(session).build();

        new ExpiredLogin().handle(exchange, refused).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains(ExpiredLogin.DETAIL);
        assertThat(session.getAttributes()).doesNotContainKey(CONTEXT);
    }

    @Test
    void whenTheRefreshTokenIsRefusedOnAPortalPage_thenTheBrowserIsSentToLogInAgain() {
        MockWebSession session = loggedInSession();
        MockServerWebExchange exchange = MockServerWebExchange.builder(
                MockServerHttpRequest.get("/portal/reports").header("Accept", "text/html")).session(session).build();

        new ExpiredLogin().handle(exchange, refused).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(exchange.getResponse().getHeaders().getLocation()).hasToString("/oauth2/authorization/keycloak");
        assertThat(session.getAttributes()).doesNotContainKey(CONTEXT);
    }

    @Test
    void whenTheErrorIsAnythingElse_thenItIsLeftToTheNextHandler() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/portal/"));

        assertThatThrownBy(() -> new ExpiredLogin().handle(exchange, new IllegalStateException("x")).block())
                .isInstanceOf(IllegalStateException.class);
    }

    private static MockWebSession loggedInSession() {
        MockWebSession session = new MockWebSession();
        session.getAttributes().put(CONTEXT, new SecurityContextImpl());
        return session;
    }
}
