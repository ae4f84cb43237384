package cn.budgetperf.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The public page cache in the whole gateway, in front of a stub publication service that says
 * what may be kept, and a real (embedded) Kafka broker carrying {@code publication.events.v1}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "KEYCLOAK_ISSUER=" + TestTokens.ISSUER,
        "KAFKA_BOOTSTRAP=${spring.embedded.kafka.brokers}",
        "budgetperf.gateway.public-cache.max-entry-size=64KB"})
@EmbeddedKafka(topics = PublicCacheTest.TOPIC, partitions = 1)
@Import(TestTokens.Decoder.class)
class PublicCacheTest {

    static final String TOPIC = "publication.events.v1";
    @RegisterExtension
    static final StubBackend SERVICE = StubBackend.start();
    static final Map<String, String> PUBLIC_FOR_A_MINUTE = Map.of(
            "Cache-Control", "max-age=60, public",
            "ETag", "\"130609002-2023-v1-html\"",
            "Last-Modified", "Thu, 03 Dec 2026 07:58:48 GMT");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
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
    void whenThePageMayBeKeptAMinute_thenTheSecondRequestIsAnsweredByTheGatewayWithItsAge() {
        SERVICE.answerWith(PUBLIC_FOR_A_MINUTE);
        String first = page("/public/reports/130609002/2023");
        var second = http.get().uri("/public/reports/130609002/2023").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"130609002-2023-v1-html\"")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=60, public")
                .expectHeader().exists(HttpHeaders.AGE)
                .expectHeader().contentLength(first.length())
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(second).isEqualTo(first).isEqualTo("stub GET /public/reports/130609002/2023");
        assertThat(SERVICE.calls()).isEqualTo(1);
    }

    @Test
    void whenTheQueryDiffers_thenItIsAnotherPage() {
        SERVICE.answerWith(PUBLIC_FOR_A_MINUTE);
        assertThat(page("/public/search?q=a")).endsWith("q=a");
        assertThat(page("/public/search?q=b")).endsWith("q=b");
        assertThat(page("/public/search?q=a")).endsWith("q=a");
        assertThat(SERVICE.calls()).isEqualTo(2);
    }

    @Test
    void whenTheBrowserAsksForNoCache_thenTheServiceAnswersAndTheKeptPageIsRefreshed() {
        SERVICE.answerWith(PUBLIC_FOR_A_MINUTE);
        page("/public/reports/1/2024");
        http.get().uri("/public/reports/1/2024").header(HttpHeaders.CACHE_CONTROL, "no-cache").exchange()
                .expectStatus().isOk().expectHeader().doesNotExist(HttpHeaders.AGE);
        http.get().uri("/public/reports/1/2024").header(HttpHeaders.PRAGMA, "no-cache").exchange()
                .expectStatus().isOk();
        page("/public/reports/1/2024");
        assertThat(SERVICE.calls()).isEqualTo(3);
    }

    @Test
    void whenTheBrowserHoldsTheKeptVersion_thenTheGatewayAnswers304WithoutABody() {
        SERVICE.answerWith(PUBLIC_FOR_A_MINUTE);
        page("/public/reports/2/2024");
        http.get().uri("/public/reports/2/2024").header(HttpHeaders.IF_NONE_MATCH, "W/\"130609002-2023-v1-html\"")
                .exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"130609002-2023-v1-html\"")
                .expectBody().isEmpty();
        http.get().uri("/public/reports/2/2024").header(HttpHeaders.IF_MODIFIED_SINCE, "Thu, 03 Dec 2026 08:00:00 GMT")
                .exchange()
                .expectStatus().isNotModified();
        http.get().uri("/public/reports/2/2024").header(HttpHeaders.IF_NONE_MATCH, "\"an-older-version\"")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("stub GET /public/reports/2/2024");
        assertThat(SERVICE.calls()).isEqualTo(1);
    }

    @Test
    void whenTheServiceSaysNoStore_thenEveryRequestReachesIt() {
        SERVICE.answerWith(Map.of("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"));
        page("/public/");
        page("/public/");
        assertThat(SERVICE.calls()).isEqualTo(2);
    }

    @Test
    void whenTheAnswerSetsACookieOrIsPrivate_thenItIsNotKept() {
        SERVICE.answerWith(Map.of("Cache-Control", "max-age=60, public", "Set-Cookie", "a=b"));
        page("/public/cookie");
        page("/public/cookie");
        SERVICE.forget();
        SERVICE.answerWith(Map.of("Cache-Control", "max-age=60, private"));
        page("/public/private");
        page("/public/private");
        assertThat(SERVICE.calls()).isEqualTo(2);
    }

    @Test
    void whenTheStreamedPageIsLargerThanAnEntryMayBe_thenItIsServedWholeButNotKept() {
        SERVICE.answerWith(PUBLIC_FOR_A_MINUTE);
        SERVICE.answerWithBodyOf(200 * 1024);
        assertThat(page("/public/reports/3/2024")).hasSize(200 * 1024).startsWith("stub GET /public/reports/3/2024");
        assertThat(page("/public/reports/3/2024")).hasSize(200 * 1024);
        assertThat(SERVICE.calls()).isEqualTo(2);
    }

    @Test
    void whenAReportIsPublishedCorrectedOrWithdrawn_thenTheKeptPagesAreForgotten(
            @Autowired EmbeddedKafkaBroker broker, @Autowired KafkaListenerEndpointRegistry listeners) throws Exception {
        ContainerTestUtils.waitForAssignment(listeners.getListenerContainer("gateway-public-cache"), 1);
        SERVICE.answerWith(PUBLIC_FOR_A_MINUTE);
        page("/public/reports/4/2024");
        page("/public/reports/4/2024");
        assertThat(SERVICE.calls()).isEqualTo(1);

        var producers = new DefaultKafkaProducerFactory<>(KafkaTestUtils.producerProps(broker),
                new StringSerializer(), new StringSerializer());
        try {
            new KafkaTemplate<>(producers).send(new ProducerRecord<>(TOPIC, "130609002:2023",
                    "{\"type\":\"ReportWithdrawn\"}")).get();
        } finally {
            producers.destroy();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            page("/public/reports/4/2024");
            assertThat(SERVICE.calls()).isGreaterThan(1);
        });
    }

    private String page(String path) {
        return http.get().uri(path).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
