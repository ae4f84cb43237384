package cn.budgetperf.gateway;

import java.time.Duration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * A client of the gateway under test that opens a new connection for every request. With the
 * shared connection pool, a request now and then went out on a keep-alive connection the server
 * was closing, and waited until the response timeout (seen once in CI on
 * {@code GatewayRoutesTest}); no test here is about connection reuse.
 */
final class TestClients {

    private TestClients() {
    }

    static WebTestClient gatewayAt(int port) {
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.newConnection()))
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }
}
