package cn.budgetperf.scoring.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.budgetperf.contracts.budget.v1.FiguresSnapshot;
import cn.budgetperf.contracts.budget.v1.SubmissionChanged;
import cn.budgetperf.contracts.budget.v1.SubmissionStatus;
import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.contracts.values.RegionCode;
import cn.budgetperf.kit.events.EventCodec;
import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.kit.testing.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Submission events in, scores and score events out, on a real PostgreSQL and a real Kafka broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "budgetperf.outbox.poll-interval-ms=50")
@Import(TestJwts.Decoder.class)
class ScoringFlowIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EventCodec codec;

    private final HttpClient http = HttpClient.newHttpClient();

    private EventEnvelope<SubmissionChanged> submitted(String department, long revision, String spent, String budget) {
        SubmissionChanged payload = new SubmissionChanged(UUID.randomUUID(), 1, SubmissionStatus.SUBMITTED, "测试部门",
                RegionCode.of("130609"), new FiguresSnapshot(Money.parse(budget), Money.parse(spent), Money.parse(budget)), null);
        return EventEnvelope.of(SubmissionStatus.SUBMITTED.eventType(), DepartmentCode.of(department), FiscalYear.of(2023),
                revision, payload);
    }

    private void send(EventEnvelope<SubmissionChanged> event) {
        kafka.send(SubmissionChanged.TOPIC, event.key(), codec.write(event)).join();
    }

    private String scoreOf(String department, String column) {
        return jdbc.queryForObject("select " + column + "::text from scored_submission where id = ?", String.class, department + ":2023");
    }

    @Test
    void whenASubmissionArrives_thenItIsScoredAndTheScoreIsPublished() {
        send(submitted("130609902", 2, "2519.12", "2544.94"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(scoreOf("130609902", "execution_rate")).isEqualTo("98.99");
            assertThat(jdbc.queryForObject("select count(*) from outbox_event where topic = 'scoring.results.v1' "
                    + "and message_key = '130609902:2023' and published_at is not null", Integer.class)).isEqualTo(1);
        });
        assertThat(scoreOf("130609902", "total")).isEqualTo("9.90");
        assertThat(scoreOf("130609902", "converted")).isEqualTo("99.00");
        assertThat(scoreOf("130609902", "grade")).isEqualTo("优");
    }

    @Test
    void whenTheSameEventIsDeliveredTwice_thenItIsScoredOnce() {
        EventEnvelope<SubmissionChanged> event = submitted("130609903", 2, "50", "100");

        send(event);
        send(event);
        send(submitted("130609904", 2, "1", "1"));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from scored_submission where id = '130609904:2023'", Integer.class) == 1);
        assertThat(jdbc.queryForObject("select count(*) from score_computation where department_code = '130609903'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void whenAnOlderRevisionArrivesLate_thenTheNewerScoreStands() {
        send(submitted("130609905", 4, "90", "100"));
        send(submitted("130609905", 3, "10", "100"));
        send(submitted("130609906", 2, "1", "1"));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from scored_submission where id = '130609906:2023'", Integer.class) == 1);
        assertThat(scoreOf("130609905", "execution_rate")).isEqualTo("90.00");
        assertThat(scoreOf("130609905", "submission_revision")).isEqualTo("4");
    }

    @Test
    void whenAnotherDepartmentAsksForTheScore_thenItIsForbidden() throws Exception {
        send(submitted("130609907", 2, "1", "2"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from scored_submission where id = '130609907:2023'", Integer.class) == 1);

        HttpResponse<String> own = get("/api/scores/130609907/2023", TestJwts.department("d", "130609907", "130609"));
        HttpResponse<String> other = get("/api/scores/130609907/2023", TestJwts.department("d", "130609001", "130609"));
        HttpResponse<String> bureau = get("/api/scores?region=130609&year=2023", TestJwts.bureau("b", "130609"));
        HttpResponse<String> otherBureau = get("/api/scores?region=130609&year=2023", TestJwts.bureau("b", "510422"));

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"executionRate\":50.00");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(bureau.statusCode()).isEqualTo(200);
        assertThat(bureau.body()).contains("130609907");
        assertThat(otherBureau.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
