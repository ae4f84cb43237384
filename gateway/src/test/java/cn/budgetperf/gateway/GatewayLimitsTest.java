package cn.budgetperf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway with small limits: a burst of 5 on /public (one token every 100 s) and 1 KB bodies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "KEYCLOAK_ISSUER=" + TestTokens.ISSUER,
        "PUBLIC_CACHE_LISTEN=false",
        "PUBLIC_RATE_PER_SECOND=0.01",
        "PUBLIC_RATE_BURST=5",
        "GATEWAY_MAX_BODY=1KB"})
@Import(TestTokens.Decoder.class)
class GatewayLimitsTest {

    @RegisterExtension
    static final StubBackend SERVICE = StubBackend.start();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("BUDGET_URL", SERVICE::url);
        registry.add("PUBLICATION_URL", SERVICE::url);
    }

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void client() {
        http = TestClients.gatewayAt(port);
    }

    @Test
    void whenOneAddressExceedsThePublicBurst_thenItGets429WithAChineseProblem() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(http.get().uri("/public/reports/130609001/2024").exchange()
                    .returnResult(String.class).getStatus().value());
        }
        assertThat(statuses).startsWith(200).endsWith(429, 429);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isLessThanOrEqualTo(5);

        http.get().uri("/public/").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo(Problems.TOO_MANY_REQUESTS);
    }

    @Test
    void whenTheApiIsCalledManyTimes_thenThePublicRateLimitDoesNotApply() {
        String token = TestTokens.department("zhangsan", "130609001");
        for (int i = 0; i < 8; i++) {
            http.get().uri("/api/budget/submissions").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isOk();
        }
    }

    @Test
    void whenABodyIsLargerThanTheLimit_thenTheGatewayAnswers413BeforeAskingForCredentials() {
        http.post().uri("/api/budget/report-check").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("报".repeat(1000)).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("上限"));
    }

    @Test
    void whenAPortalFormSendsABodyLargerThanTheLimit_thenTheBrowserGetsAChineseHtmlPage() {
        http.post().uri("/portal/workspace/xlsx").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[4096]).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(page -> assertThat(page).contains("文件过大").contains("上限")
                        .contains("未保存任何内容").contains("lang=\"zh-CN\""));
    }

    @Test
    void whenABodyIsWithinTheLimit_thenItReachesTheService() {
        String token = TestTokens.department("zhangsan", "130609001");
        http.post().uri("/api/budget/report-check").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.TEXT_PLAIN).bodyValue("报告正文").exchange()
                .expectStatus().isOk();
    }
}
