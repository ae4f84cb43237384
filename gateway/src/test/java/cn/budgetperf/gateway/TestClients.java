package cn.budgetperf.gateway;

import java.time.Duration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * A client of the gateway under test that opens a new connection for every request. Once in CI a
 * request of {@code GatewayRoutesTest} waited until the response timeout; the likely cause, not
 * reproduced here, is a request sent on a pooled keep-alive connection that the server was closing.
 * No test here is about connection reuse, so none needs the pool.
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
