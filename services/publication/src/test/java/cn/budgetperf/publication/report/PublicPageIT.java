package cn.budgetperf.publication.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.budgetperf.contracts.budget.v1.FiguresSnapshot;
import cn.budgetperf.contracts.budget.v1.SubmissionChanged;
import cn.budgetperf.contracts.budget.v1.SubmissionStatus;
import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.contracts.values.RegionCode;
import cn.budgetperf.kit.events.EventCodec;
import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.kit.testing.TestKafka;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Events in, public page out, on a real PostgreSQL and a real Kafka broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class PublicPageIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EventCodec codec;

    private final HttpClient http = HttpClient.newHttpClient();

    private void submission(String department, String name, long revision) {
        SubmissionChanged payload = new SubmissionChanged(UUID.randomUUID(), 1, SubmissionStatus.SUBMITTED, name,
                RegionCode.of("510422"), new FiguresSnapshot(Money.parse("232.34"), Money.parse("232.34"), Money.parse("316.23")), null);
        EventEnvelope<SubmissionChanged> event = EventEnvelope.of(SubmissionStatus.SUBMITTED.eventType(),
                DepartmentCode.of(department), FiscalYear.of(2024), revision, payload);
        kafka.send(SubmissionChanged.TOPIC, event.key(), codec.write(event)).join();
    }

    private void score(String department) {
        ScoreComputed payload = new ScoreComputed(1, new BigDecimal("73.47"), new BigDecimal("7.35"), BigDecimal.TEN,
                new BigDecimal("73.50"), "中", List.of());
        EventEnvelope<ScoreComputed> event = EventEnvelope.of(ScoreComputed.TYPE, DepartmentCode.of(department), FiscalYear.of(2024), 1, payload);
        kafka.send(ScoreComputed.TOPIC, event.key(), codec.write(event)).join();
    }

    @Test
    void whenSubmissionAndScoreArrive_thenThePublicPageShowsTheDepartmentTotalsAndScore() throws Exception {
        score("510422901");
        submission("510422901", "盐边县总工会", 2);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> page = get("/public/reports/510422901/2024");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("盐边县总工会2024年度部门决算及绩效自评公开")
                    .contains("本年支出合计232.34万元，全年预算数316.23万元")
                    .contains("预算执行率为73.47%").contains("评价等级为“中”").contains("盐边县");
        });
        assertThat(get("/public/").body()).contains("/public/reports/510422901/2024");
    }

    @Test
    void whenADepartmentNameHoldsAScript_thenThePageShowsItEscaped() {
        submission("510422902", "<script>alert('x')</script>工会", 2);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> page = get("/public/reports/510422902/2024");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;工会");
        });
    }

    @Test
    void whenNothingWasSubmitted_thenTheAnswerIsAChinese404() throws Exception {
        HttpResponse<String> page = get("/public/reports/999999999/2024");
        HttpResponse<String> hostile = get("/public/reports/..%2F..%2Fetc/2024");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("未找到该报告");
        assertThat(hostile.statusCode()).isIn(400, 404);
    }

    @Test
    void whenThePageIsFetchedAgainWithItsEtag_thenTheAnswerIs304() throws Exception {
        HttpResponse<String> first = get("/public/");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> second = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/"))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(second.statusCode()).isEqualTo(304);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
