package cn.budgetperf.indicator.framework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.kit.testing.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class FrameworksIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void whenFrameworksAreListed_thenTheMinistryProjectTableWeighs10_50_30_10() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/indicators/frameworks"))
                .header("Authorization", "Bearer " + TestJwts.bureau("bureau-xushui", "130609")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode mof = JsonMapper.builder().build().readTree(response.body()).get(0);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(mof.get("name").asString()).isEqualTo("项目支出绩效自评表");
        assertThat(mof.get("maxTotal").decimalValue()).isEqualByComparingTo("100");
        assertThat(mof.get("items").valueStream().map(i -> i.get("maxPoints").decimalValue().intValue()).toList())
                .containsExactly(10, 50, 30, 10);
    }

    @Test
    void whenNoTokenIsSent_thenFrameworksAnswer401() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/indicators/frameworks"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void whenHealthIsAsked_thenItIsUpWithoutAToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }
}
