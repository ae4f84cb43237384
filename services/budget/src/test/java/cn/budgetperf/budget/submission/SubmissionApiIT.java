package cn.budgetperf.budget.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.kit.testing.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The submission API on a real PostgreSQL and a real Kafka broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "budgetperf.outbox.poll-interval-ms=50")
@Import(TestJwts.Decoder.class)
class SubmissionApiIT {

    private static final String RSJ = TestJwts.department("dept-xushui-rsj", "130609002", "130609");
    private static final String ZGH = TestJwts.department("dept-xushui-zgh", "130609001", "130609");
    private static final String BUREAU = TestJwts.bureau("bureau-xushui", "130609");
    private static final String OTHER_BUREAU = TestJwts.bureau("bureau-yanbian", "510422");
    private static final String VALID = """
            {"departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","fiscalYear":2023,
             "figures":{"incomeTotal":2544.99,"expenditureTotal":2519.12,"budgetTotal":"2544.94"}}""";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void cleanDatabase() {
        jdbc.update("delete from submission_audit");
        jdbc.update("delete from submission");
        jdbc.update("delete from outbox_event");
    }

    @Test
    void whenDepartmentSubmitsItsDraft_thenTheEventCarriesTheFiguresExactly() throws Exception {
        HttpResponse<String> draft = post("/api/budget/submissions", VALID, RSJ);
        String id = json.readTree(draft.body()).get("id").asString();

        HttpResponse<String> submitted = post("/api/budget/submissions/" + id + "/submit", "", RSJ);

        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(json.readTree(submitted.body()).get("status").asString()).isEqualTo("SUBMITTED");
        List<ConsumerRecord<String, String>> events = eventsOf(id);
        assertThat(events).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("130609002:2023");
            JsonNode event = json.readTree(r.value());
            assertThat(event.get("type").asString()).isEqualTo("budget.submission.submitted");
            assertThat(event.at("/payload/figures/expenditureTotal").asString()).isEqualTo("2519.12");
            assertThat(event.at("/payload/regionCode").asString()).isEqualTo("130609");
        });
        assertThat(jdbc.queryForList("select action from submission_audit order by id", String.class))
                .containsExactly("CREATE_DRAFT", "SUBMIT");
    }

    @Test
    void whenNoTokenIsSent_thenTheApiAnswers401() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/budget/submissions")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void whenAnotherDepartmentReadsTheSubmission_thenItIsForbidden() throws Exception {
        String id = json.readTree(post("/api/budget/submissions", VALID, RSJ).body()).get("id").asString();

        HttpResponse<String> response = get("/api/budget/submissions/" + id, ZGH);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("其他部门");
    }

    @Test
    void whenADepartmentWritesForAnotherDepartment_thenItIsForbiddenAndNothingIsStored() throws Exception {
        HttpResponse<String> response = post("/api/budget/submissions", VALID, ZGH);

        assertThat(response.statusCode()).isEqualTo(403);
        assertNothingStored();
    }

    @Test
    void whenTheBureauOfAnotherRegionReviews_thenItIsForbidden() throws Exception {
        String id = json.readTree(post("/api/budget/submissions", VALID, RSJ).body()).get("id").asString();
        post("/api/budget/submissions/" + id + "/submit", "", RSJ);

        HttpResponse<String> response = post("/api/budget/submissions/" + id + "/review", "{\"decision\":\"ACCEPT\"}", OTHER_BUREAU);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void whenTheBureauReturnsWithAComment_thenTheDepartmentSeesIt() throws Exception {
        String id = json.readTree(post("/api/budget/submissions", VALID, RSJ).body()).get("id").asString();
        post("/api/budget/submissions/" + id + "/submit", "", RSJ);

        HttpResponse<String> review = post("/api/budget/submissions/" + id + "/review",
                "{\"decision\":\"RETURN\",\"comment\":\"请补充执行率说明\"}", BUREAU);
        HttpResponse<String> seen = get("/api/budget/submissions/" + id, RSJ);

        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(json.readTree(seen.body()).get("status").asString()).isEqualTo("RETURNED");
        assertThat(json.readTree(seen.body()).get("reviewComment").asString()).isEqualTo("请补充执行率说明");
    }

    @Test
    void whenTheBodyIsMalformedJson_thenA400SaysSoInChineseAndNothingIsStored() throws Exception {
        HttpResponse<String> response = post("/api/budget/submissions", "{\"departmentCode\":", RSJ);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("不是有效的JSON");
        assertNothingStored();
    }

    @Test
    void whenTheDepartmentIsMissing_thenA400NamesTheField() throws Exception {
        HttpResponse<String> response = post("/api/budget/submissions", VALID.replace("\"departmentCode\":\"130609002\",", ""), RSJ);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("缺少部门编码");
        assertNothingStored();
    }

    @Test
    void whenAnAmountIsNegative_thenA400SaysAmountsCannotBeNegative() throws Exception {
        HttpResponse<String> response = post("/api/budget/submissions", VALID.replace("2519.12", "-2519.12"), RSJ);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("金额不能为负数");
        assertNothingStored();
    }

    @Test
    void whenTheYearIs3024_thenA400SaysTheYearIsOutOfRange() throws Exception {
        HttpResponse<String> response = post("/api/budget/submissions", VALID.replace("2023", "3024"), RSJ);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("年度不能晚于2099年");
        assertNothingStored();
    }

    @Test
    void whenAnAmountIsFinerThanAFen_thenA400Refuses() throws Exception {
        HttpResponse<String> response = post("/api/budget/submissions", VALID.replace("2519.12", "2519.1234567"), RSJ);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("6位小数");
        assertNothingStored();
    }

    @Test
    void whenTheBodyIsOversized_thenA413RefusesBeforeReadingIt() throws Exception {
        String huge = VALID.replace("保定市徐水区人力资源和社会保障局", "局".repeat(600_000));

        HttpResponse<String> response = post("/api/budget/submissions", huge, RSJ);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("超过");
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_event", Integer.class)).isZero();
    }

    /** The events about one submission (other tests share the topic). */
    private List<ConsumerRecord<String, String>> eventsOf(String submissionId) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("budget.submissions.v1"));
            long deadline = System.currentTimeMillis() + 15_000;
            boolean settled = false;
            while (!settled && System.currentTimeMillis() < deadline) {
                int before = records.size();
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (json.readTree(r.value()).at("/payload/submissionId").asString().equals(submissionId)) {
                        records.add(r);
                    }
                });
                settled = !records.isEmpty() && records.size() == before;
            }
        }
        return records;
    }

    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
