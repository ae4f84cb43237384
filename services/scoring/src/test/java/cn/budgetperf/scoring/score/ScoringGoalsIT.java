package cn.budgetperf.scoring.score;

import static cn.budgetperf.scoring.score.GoalsFixture.goals;
import static cn.budgetperf.scoring.score.GoalsFixture.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.budgetperf.contracts.budget.v1.SubmissionChanged;
import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.indicator.v1.GoalsWithdrawn;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
import cn.budgetperf.kit.events.EventCodec;
import cn.budgetperf.kit.events.MessagingConfiguration;
import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.kit.testing.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Submissions and goals in, scores out, on a real PostgreSQL and a real Kafka broker; the bureau's 复核 through the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "budgetperf.outbox.poll-interval-ms=50")
@Import(TestJwts.Decoder.class)
class ScoringGoalsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BUREAU = TestJwts.bureau("bureau-yanbian", "510422");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EventCodec codec;

    private final HttpClient http = HttpClient.newHttpClient();

    private void send(String topic, EventEnvelope<?> event) {
        kafka.send(topic, event.key(), codec.write(event)).join();
    }

    private int computations(String department) {
        return jdbc.queryForObject("select count(*) from score_computation where department_code = ?", Integer.class, department);
    }

    private int published(String department) {
        return jdbc.queryForObject("select count(*) from outbox_event where topic = 'scoring.results.v1' and message_key = ? || ':2024' "
                + "and published_at is not null", Integer.class, department);
    }

    private JsonNode lastEvent(String department) {
        return JSON.readTree(jdbc.queryForObject("select payload from outbox_event where topic = 'scoring.results.v1' and message_key = ? "
                + "|| ':2024' order by id desc limit 1", String.class, department)).get("payload");
    }

    private void awaitComputations(String department, int n) {
        await().atMost(Duration.ofSeconds(30)).until(() -> computations(department) >= n);
        await().atMost(Duration.ofSeconds(30)).until(() -> published(department) == n);
    }

    @Test
    void whenASubmissionAndItsGoalsArrive_thenTheFrameworkScoreWithItsFindingsIsPublished() {
        send(SubmissionChanged.TOPIC, submitted("510422901", 2, "232.34", "232.34"));
        awaitComputations("510422901", 1);
        send(GoalsAccepted.TOPIC, goals("510422901", 1, "30"));

        awaitComputations("510422901", 2);
        JsonNode score = lastEvent("510422901");
        assertThat(score.get("total").decimalValue()).isEqualByComparingTo("90");
        assertThat(score.get("maxTotal").decimalValue()).isEqualByComparingTo("100");
        assertThat(score.get("converted").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(score.get("grade").asString()).isEqualTo("优");
        assertThat(score.get("executionRate").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(score.get("basedOnGoalsVersion").asInt()).isEqualTo(1);
        assertThat(score.get("findings").valueStream().map(f -> f.get("ruleId").asString()).toList())
                .containsExactly("SCORE_ITEM_BLANK", "SCORE_TOTAL_MISMATCH");
        JsonNode project = score.at("/projects/0");
        assertThat(project.get("total").decimalValue()).isEqualByComparingTo("96.25");
        assertThat(project.at("/items/1/formula").asString()).isEqualTo("正向：round(30 / 32 × 60, 2) = 56.25");
        assertThat(jdbc.queryForObject("select trigger from score_computation where department_code = '510422901' order by sequence desc "
                + "limit 1", String.class)).isEqualTo("goals");
        assertThat(records(ScoreComputed.TOPIC, r -> "510422901:2024".equals(r.key()), 2))
                .map(v -> JSON.readTree(v).at("/payload/total").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("10", "90");
    }

    @Test
    void whenGoalsArriveBeforeTheSubmission_thenTheyWaitAndAreScoredWithIt() {
        send(GoalsAccepted.TOPIC, goals("510422902", 1, "32"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from goal_projection where department_code = '510422902'", Integer.class) == 1);
        assertThat(computations("510422902")).isZero();

        send(SubmissionChanged.TOPIC, submitted("510422902", 2, "200", "232.34"));

        awaitComputations("510422902", 1);
        assertThat(lastEvent("510422902").get("selfTotal").decimalValue()).isEqualByComparingTo("90");
        assertThat(lastEvent("510422902").get("executionRate").decimalValue()).isEqualByComparingTo("86.08");
    }

    @Test
    void whenGoalsAreRedeliveredOrAnOlderVersionArrivesLate_thenNothingChanges() {
        send(SubmissionChanged.TOPIC, submitted("510422903", 2, "232.34", "232.34"));
        awaitComputations("510422903", 1);
        EventEnvelope<GoalsAccepted> v2 = goals("510422903", 2, "32");
        send(GoalsAccepted.TOPIC, v2);
        awaitComputations("510422903", 2);

        send(GoalsAccepted.TOPIC, v2);
        send(GoalsAccepted.TOPIC, goals("510422903", 1, "16"));
        send(GoalsAccepted.TOPIC, goals("510422904", 1, "32"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from goal_projection where department_code = '510422904'", Integer.class) == 1);

        assertThat(computations("510422903")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select goals_version from goal_projection where department_code = '510422903'", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void whenTheDepartmentWithdrawsItsGoals_thenTheScoreFallsBackToTheSubmissionAloneAndUnknownTypesAreSkipped() {
        send(SubmissionChanged.TOPIC, submitted("510422915", 2, "116.17", "232.34"));
        awaitComputations("510422915", 1);
        send(GoalsAccepted.TOPIC, goals("510422915", 1, "32"));
        awaitComputations("510422915", 2);

        EventEnvelope<GoalsWithdrawn> withdrawn = EventEnvelope.of(GoalsWithdrawn.TYPE, DepartmentCode.of("510422915"), FiscalYear.of(2024),
                2, new GoalsWithdrawn(2, "盐边县总工会", GoalsFixture.YANBIAN));
        kafka.send(GoalsAccepted.TOPIC, withdrawn.key(), codec.write(withdrawn).replace("indicator.goals.withdrawn", "indicator.goals.archived"))
                .join();
        send(GoalsAccepted.TOPIC, withdrawn);
        send(GoalsAccepted.TOPIC, goals("510422915", 1, "16"));
        send(GoalsAccepted.TOPIC, goals("510422916", 1, "32"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from goal_projection where department_code = '510422916'", Integer.class) == 1);

        awaitComputations("510422915", 3);
        JsonNode score = lastEvent("510422915");
        assertThat(score.get("basedOnGoalsVersion").isNull()).isTrue();
        assertThat(score.get("maxTotal").decimalValue()).isEqualByComparingTo("10");
        assertThat(score.get("total").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(jdbc.queryForObject("select trigger from score_computation where department_code = '510422915' order by sequence desc "
                + "limit 1", String.class)).isEqualTo("goals-withdrawn");
        assertThat(computations("510422915")).isEqualTo(3);
    }

    @Test
    void whenAPoisonMessageArrives_thenItLandsOnTheDeadLetterTopicAndTheRestFlowOn() {
        String poison = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"indicator.goals.accepted\", this is not JSON";
        kafka.send(GoalsAccepted.TOPIC, "510422905:2024", poison).join();
        EventEnvelope<GoalsAccepted> unscorable = goals("510422906", 1, "32");
        String weightsOff = codec.write(unscorable).replace("\"weight\":60", "\"weight\":50");
        kafka.send(GoalsAccepted.TOPIC, unscorable.key(), weightsOff).join();
        send(SubmissionChanged.TOPIC, submitted("510422907", 2, "1", "1"));
        awaitComputations("510422907", 1);
        send(GoalsAccepted.TOPIC, goals("510422907", 1, "32"));

        awaitComputations("510422907", 2);
        List<String> dead = deadLetters(2);
        assertThat(dead).anySatisfy(v -> assertThat(v).isEqualTo(poison));
        assertThat(dead).anySatisfy(v -> assertThat(v).contains("510422906"));
        assertThat(jdbc.queryForObject("select count(*) from goal_projection where department_code = '510422906'", Integer.class)).isZero();
    }

    private List<String> deadLetters(int atLeast) {
        return records(GoalsAccepted.TOPIC + MessagingConfiguration.DEAD_LETTER_SUFFIX, r -> true, atLeast);
    }

    /** The values of a topic's records that match, read from the start by a consumer of its own, in order. */
    private static List<String> records(String topic, java.util.function.Predicate<ConsumerRecord<String, String>> wanted, int atLeast) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (values.size() < atLeast && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.test(r)) {
                        values.add(r.value());
                    }
                }
            }
            return values;
        }
    }

    @Test
    void whenTheBureauReScoresAnItem_thenTheFinalScoreIsItsTheSelfScoreStaysAndTheChangeIsAuditedAndReEmitted() throws Exception {
        send(SubmissionChanged.TOPIC, submitted("510422908", 2, "232.34", "232.34"));
        awaitComputations("510422908", 1);
        send(GoalsAccepted.TOPIC, goals("510422908", 1, "32"));
        awaitComputations("510422908", 2);
        String body = """
                {"items":[{"code":"yanbian-dept-2024/overall/finance/system","points":3,"reason":"制度健全，但未按年度修订"},
                          {"code":"P1/走访户数","points":50,"reason":"走访记录只能证明28户"}]}""";

        HttpResponse<String> other = post("/api/scores/510422908/2024/review", TestJwts.bureau("bureau-xushui", "130609"), body);
        HttpResponse<String> dept = post("/api/scores/510422908/2024/review", TestJwts.department("d", "510422908", "510422"), body);
        HttpResponse<String> tooMuch = post("/api/scores/510422908/2024/review", BUREAU,
                "{\"items\":[{\"code\":\"yanbian-dept-2024/overall/finance/system\",\"points\":5,\"reason\":\"x\"}]}");
        HttpResponse<String> noReason = post("/api/scores/510422908/2024/review", BUREAU,
                "{\"items\":[{\"code\":\"yanbian-dept-2024/overall/finance/system\",\"points\":2}]}");
        HttpResponse<String> reviewed = post("/api/scores/510422908/2024/review", BUREAU, body);

        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(dept.statusCode()).isEqualTo(403);
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooMuch.body()).get("detail").asString()).isEqualTo("评分项“财务管理 › 财务管理制度”的复核得分5超过满分4分。");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        JsonNode view = JSON.readTree(reviewed.body());
        assertThat(view.get("total").decimalValue()).isEqualByComparingTo("93");
        assertThat(view.get("selfTotal").decimalValue()).isEqualByComparingTo("90");
        assertThat(view.get("reviewed").asBoolean()).isTrue();
        assertThat(view.at("/detail/projects/0/score/total").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(view.at("/detail/projects/0/selfScore/total").decimalValue()).isEqualByComparingTo("100.00");
        awaitComputations("510422908", 3);
        JsonNode event = lastEvent("510422908");
        assertThat(event.get("total").decimalValue()).isEqualByComparingTo("93");
        assertThat(event.get("selfTotal").decimalValue()).isEqualByComparingTo("90");
        JsonNode audit = JSON.readTree(get("/api/scores/510422908/2024/reviews", BUREAU).body());
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).get("reviewer").asString()).isEqualTo("bureau-yanbian");
        assertThat(audit.get(0).get("previousPoints").decimalValue()).isEqualByComparingTo("0");
        assertThat(audit.get(1).get("previousPoints").decimalValue()).isEqualByComparingTo("60");
        JsonNode history = JSON.readTree(get("/api/scores/510422908/2024/history", TestJwts.department("d", "510422908", "510422")).body());
        assertThat(history.valueStream().map(h -> h.get("trigger").asString()).toList()).containsExactly("submission", "goals", "review");
        assertThat(history.get(2).at("/inputs/reviews/0/reason").asString()).isEqualTo("制度健全，但未按年度修订");
    }

    @Test
    void whenTheBureauListsItsRegion_thenDepartmentsAreRankedByConvertedScore() throws Exception {
        send(SubmissionChanged.TOPIC, submitted("510422911", 2, "50", "100"));
        send(SubmissionChanged.TOPIC, submitted("510422912", 2, "100", "100"));
        send(SubmissionChanged.TOPIC, submitted("510422913", 2, "100", "100"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from scored_submission where department_code in ('510422911', '510422912', '510422913')", Integer.class) == 3);

        JsonNode table = JSON.readTree(get("/api/scores?region=510422&year=2024", BUREAU).body());

        List<String> order = table.valueStream().map(r -> r.get("departmentCode").asString())
                .filter(c -> c.startsWith("5104229")).toList();
        assertThat(order.indexOf("510422911")).isGreaterThan(order.indexOf("510422913"));
        JsonNode first = table.get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(table.valueStream().filter(r -> r.get("departmentCode").asString().equals("510422912")).findFirst().orElseThrow()
                .get("rank").asInt()).isEqualTo(table.valueStream().filter(r -> r.get("departmentCode").asString().equals("510422913"))
                .findFirst().orElseThrow().get("rank").asInt());
    }

    @Test
    void whenADocumentIsEvaluated_thenEveryItemComesBackWithItsFormulaAndNothingIsStored() throws Exception {
        int before = jdbc.queryForObject("select count(*) from score_computation", Integer.class);
        String doc = """
                {"regionCode":"510422","figures":{"expenditureTotal":"2519.12","budgetTotal":2544.94},
                 "goals":{"version":3,"departmentGoals":[],"projects":[{"code":"P1","name":"春节送温暖","budget":2,"adjustedBudget":"1.6",
                   "executed":"1.5","indicators":[
                     {"name":"走访户数","comparator":">=","target":32,"unit":"户","weight":40,"actual":30,"deviationReason":"外出务工"},
                     {"name":"慰问成本","comparator":"≤","target":"1.6","unit":"万元","weight":"20","actual":"1.5"},
                     {"name":"职工关怀","comparator":"定性","unit":"项","weight":30,"grade":"部分达成年度指标并具有一定效果"}]}]}}""";

        HttpResponse<String> response = post("/api/scores/evaluate", TestJwts.department("d", "510422909", "510422"), doc);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode view = JSON.readTree(response.body());
        assertThat(view.get("executionRate").decimalValue()).isEqualByComparingTo("98.99");
        assertThat(view.at("/projects/0/score/total").decimalValue()).isEqualByComparingTo("87.88");
        assertThat(view.at("/projects/0/items/3/formula").asString()).isEqualTo("定性：部分达成年度指标并具有一定效果，默认0.7 × 30 = 21");
        assertThat(jdbc.queryForObject("select count(*) from score_computation", Integer.class)).isEqualTo(before);
    }

    @Test
    void whenADryRunDocumentIsBad_thenTheExactReasonComesBack() throws Exception {
        String token = TestJwts.department("d", "510422910", "510422");
        String[][] cases = {
                {"\"comparator\":\"≈\",\"target\":32,\"weight\":90,\"actual\":30", "项目“甲”的指标“走访户数”的指标性质“≈”无法识别，应为 ≥、≤、＝ 或 定性。"},
                {"\"comparator\":\"≥\",\"target\":32,\"weight\":80,\"actual\":30", "项目“甲”的指标分值合计应为90分（另10分为预算执行率），实际为80分。"},
                {"\"comparator\":\"≥\",\"target\":0,\"weight\":90,\"actual\":30", "项目“甲”的指标“走访户数”为正向指标（≥），目标值应大于0，实际为0。"},
                {"\"comparator\":\"≥\",\"target\":\"三十二\",\"weight\":90,\"actual\":30", "项目“甲”的指标“走访户数”的目标值“三十二”不是有效的数字。"}};
        for (String[] c : cases) {
            String doc = "{\"goals\":{\"projects\":[{\"code\":\"P\",\"name\":\"甲\",\"budget\":1,\"executed\":1,\"indicators\":[{\"name\":\"走访户数\","
                    + "\"unit\":\"户\"," + c[0] + "}]}]}}";

            HttpResponse<String> response = post("/api/scores/evaluate", token, doc);

            assertThat(response.statusCode()).as(c[1]).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("detail").asString()).isEqualTo(c[1]);
        }
    }

    @Test
    void whenASubmissionEventCarriesFieldsThisVersionDoesNotKnow_thenItIsScoredAllTheSame() {
        EventEnvelope<SubmissionChanged> event = submitted("510422914", 2, "1", "2");
        String wire = codec.write(event).replace("\"budgetTotal\":\"2\"", "\"budgetTotal\":\"2\",\"projectTotal\":\"1\",\"incomeBySource\":[]");
        kafka.send(SubmissionChanged.TOPIC, event.key(), wire).join();

        awaitComputations("510422914", 1);
        assertThat(lastEvent("510422914").get("executionRate").decimalValue()).isEqualByComparingTo("50.00");
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
