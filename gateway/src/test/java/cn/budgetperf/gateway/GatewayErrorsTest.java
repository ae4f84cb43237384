package cn.budgetperf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

class GatewayErrorsTest {

    @Test
    void whenKeycloaksKeysCannotBeFetched_thenTheCallerGets503NotA500() {
        var keysUnreachable = new IllegalStateException("Could not obtain the keys",
                new RuntimeException(new ConnectException("Connection refused")));
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/budget/submissions"));

        new GatewayErrors().handle(exchange, keysUnreachable).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains(Problems.UNAVAILABLE);
    }

    @Test
    void whenAStatusIsRaised_thenItIsKeptWithAChineseDetail() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/nothing"));

        new GatewayErrors().handle(exchange, new ResponseStatusException(HttpStatus.NOT_FOUND)).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("找不到请求的资源。");
    }

    @Test
    void whenSomethingUnexpectedFails_thenItIsA500WithoutInternals() {
        assertThat(GatewayErrors.statusOf(new NullPointerException("secret detail")))
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
