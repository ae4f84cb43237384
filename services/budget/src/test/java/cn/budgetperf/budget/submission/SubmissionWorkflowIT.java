package cn.budgetperf.budget.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.kit.testing.TestKafka;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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

/**
 * The whole workflow on real PostgreSQL and Kafka with a full document (盐边总工会, seed 001, with its
 * three errors fixed): findings on save, explanations of warnings, submit, return, accept, publication, a
 * correction as version 2 and its acceptance — with the audit trail, the versions and the outbox events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "budgetperf.outbox.poll-interval-ms=50")
@Import(TestJwts.Decoder.class)
class SubmissionWorkflowIT {

    private static final String YANBIAN = TestJwts.department("dept-yanbian-zgh", "510422001", "510422");
    private static final String BUREAU = TestJwts.bureau("bureau-yanbian", "510422");
    private static final String OTHER_BUREAU = TestJwts.bureau("bureau-xushui", "130609");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void cleanDatabase() {
        Api.clean(jdbc);
        api = new Api(port);
    }

    /** Seed 001 with its three errors fixed: the blank score filled (then the items add up to 94) and the unit count corrected. */
    private static String yanbianFixed() throws Exception {
        return Api.seed("001-yanbian-zgh-2024.json")
                .replace("{\"name\":\"财务管理制度\",\"group\":\"总体绩效/财务管理\",\"maxPoints\":4}",
                        "{\"name\":\"财务管理制度\",\"group\":\"总体绩效/财务管理\",\"maxPoints\":4,\"score\":4}")
                .replace("\"subordinateUnits\":{\"total\":0", "\"subordinateUnits\":{\"total\":1");
    }

    @Test
    void whenTheSeedIsSavedWithItsErrors_thenTheFindingsComeBackAndBlockSubmission() throws Exception {
        JsonNode saved = api.ok(api.post("/api/budget/submissions", Api.seed("001-yanbian-zgh-2024.json"), YANBIAN));
        String id = saved.get("id").asString();

        HttpResponse<String> submit = api.post("/api/budget/submissions/" + id + "/submit", "", YANBIAN);

        assertThat(saved.get("findings").findValuesAsString("ruleId")).containsExactlyInAnyOrder("CNT-001", "SCORE-002", "SCORE-003");
        assertThat(saved.get("blockingFindings").asInt()).isEqualTo(3);
        assertThat(submit.statusCode()).isEqualTo(422);
        assertThat(submit.body()).contains("填报存在3个错误");
        assertThat(jdbc.queryForObject("select count(*) from outbox_event", Integer.class)).isZero();
        assertThat(jdbc.queryForList("select rule_id from finding_record order by id", String.class))
                .containsExactlyInAnyOrder("CNT-001", "SCORE-002", "SCORE-003");
    }

    @Test
    void whenAWarningIsExplained_thenSubmissionPassesAndTheBureauSeesTheExplanation() throws Exception {
        String withWarning = yanbianFixed().replace("\"actual\":\"3.664\"", "\"actual\":\"3.664\",\"budget\":\"3\"");
        JsonNode saved = api.ok(api.post("/api/budget/submissions", withWarning, YANBIAN));
        String id = saved.get("id").asString();
        JsonNode warning = saved.get("findings").get(0);

        HttpResponse<String> blocked = api.post("/api/budget/submissions/" + id + "/submit", "", YANBIAN);
        HttpResponse<String> wrongPlace = api.post("/api/budget/submissions/" + id + "/explanations",
                "{\"ruleId\":\"EXEC-005\",\"location\":\"projects.items[0].actual\",\"text\":\"x\"}", YANBIAN);
        api.ok(api.post("/api/budget/submissions/" + id + "/explanations", "{\"ruleId\":\"" + warning.get("ruleId").asString()
                + "\",\"location\":\"" + warning.get("location").asString() + "\",\"text\":\"年中追加劳模慰问津贴0.664万元\"}", YANBIAN));
        HttpResponse<String> submitted = api.post("/api/budget/submissions/" + id + "/submit", "", YANBIAN);
        JsonNode seenByBureau = api.ok(api.get("/api/budget/submissions/" + id + "/findings", BUREAU));

        assertThat(warning.get("ruleId").asString()).isEqualTo("EXEC-005");
        assertThat(blocked.statusCode()).isEqualTo(422);
        assertThat(blocked.body()).contains("1个警告尚未说明");
        assertThat(wrongPlace.statusCode()).isEqualTo(400);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(seenByBureau.get(0).at("/explanation/text").asString()).isEqualTo("年中追加劳模慰问津贴0.664万元");
        assertThat(seenByBureau.get(0).at("/explanation/author").asString()).isEqualTo("dept-yanbian-zgh");
    }

    @Test
    void whenASubmissionGoesThroughReturnAcceptPublicationAndCorrection_thenEveryStepIsAuditedVersionedAndAnnounced() throws Exception {
        String document = yanbianFixed();
        String id = api.ok(api.post("/api/budget/submissions", document, YANBIAN)).get("id").asString();
        api.ok(api.post("/api/budget/submissions/" + id + "/submit", "", YANBIAN));
        api.ok(api.post("/api/budget/submissions/" + id + "/review", "{\"decision\":\"RETURN\",\"comment\":\"请补充机关运行经费说明\"}", BUREAU));
        api.ok(api.post("/api/budget/submissions", document.replace("\"retirees\":10", "\"retirees\":11"), YANBIAN));
        api.ok(api.post("/api/budget/submissions/" + id + "/submit", "", YANBIAN));
        api.ok(api.post("/api/budget/submissions/" + id + "/review", "{\"decision\":\"ACCEPT\"}", BUREAU));

        HttpResponse<String> tooEarly = api.post("/api/budget/submissions/" + id + "/correct", "{\"note\":\"更正\"}", YANBIAN);
        publicationEvent("PUBLISHED", 1, null);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.ok(api.get("/api/budget/submissions/" + id, YANBIAN)).at("/publication/state").asString().equals("PUBLISHED"));
        JsonNode correction = api.ok(api.post("/api/budget/submissions/" + id + "/correct", "{\"note\":\"更正离退休人数\"}", YANBIAN));
        api.ok(api.post("/api/budget/submissions", document.replace("\"retirees\":10", "\"retirees\":12"), YANBIAN));
        api.ok(api.post("/api/budget/submissions/" + id + "/submit", "", YANBIAN));
        JsonNode corrected = api.ok(api.post("/api/budget/submissions/" + id + "/review", "{\"decision\":\"ACCEPT\"}", BUREAU));

        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("尚未公开");
        assertThat(correction.get("version").asInt()).isEqualTo(2);
        assertThat(correction.get("status").asString()).isEqualTo("DRAFT");
        assertThat(corrected.get("status").asString()).isEqualTo("ACCEPTED");
        List<JsonNode> events = Api.eventsOf(id, 7);
        assertThat(events).extracting(e -> e.get("type").asString()).containsExactly(
                "budget.submission.submitted", "budget.submission.returned", "budget.submission.submitted",
                "budget.submission.accepted", "budget.submission.corrected", "budget.submission.submitted",
                "budget.submission.accepted");
        assertThat(events).extracting(e -> e.get("aggregateVersion").asLong()).isSorted().doesNotHaveDuplicates();
        assertThat(events.get(1).at("/payload/comment").asString()).isEqualTo("请补充机关运行经费说明");
        assertThat(events.get(4).at("/payload/version").asInt()).isEqualTo(2);
        assertThat(events.get(4).at("/payload/status").asString()).isEqualTo("CORRECTED");
        assertThat(events.get(4).at("/payload/figures/profile/retirees").asInt()).isEqualTo(11);
        JsonNode last = events.get(6);
        assertThat(last.at("/payload/version").asInt()).isEqualTo(2);
        assertThat(last.at("/payload/comment").asString()).isEqualTo("更正离退休人数");
        assertThat(last.at("/payload/figures/budgetTotal").asString()).isEqualTo("232.34");
        assertThat(last.at("/payload/figures/functionalClassification").size()).isEqualTo(17);
        assertThat(last.at("/payload/figures/profile/retirees").asInt()).isEqualTo(12);
        assertThat(last.at("/payload/figures/selfEvaluation/items").size()).isEqualTo(24);
        assertThat(last.at("/payload/figures/projects/3/actual").asString()).isEqualTo("3.664");

        JsonNode audit = api.ok(api.get("/api/budget/submissions/" + id + "/audit", BUREAU));
        assertThat(audit.findValuesAsString("action")).containsExactly("CREATE_DRAFT", "SUBMIT", "RETURN", "SAVE_DRAFT", "SUBMIT",
                "ACCEPT", "OPEN_CORRECTION", "SAVE_DRAFT", "SUBMIT", "ACCEPT");
        JsonNode edit = audit.get(3);
        assertThat(edit.get("actor").asString()).isEqualTo("dept-yanbian-zgh");
        assertThat(edit.get("changes").valueStream().filter(c -> c.get("path").asString().equals("document.profile.retirees")))
                .singleElement().satisfies(c -> {
                    assertThat(c.get("before").asString()).isEqualTo("10");
                    assertThat(c.get("after").asString()).isEqualTo("11");
                });
        assertThat(audit.get(2).get("changes").findValuesAsString("path")).contains("status", "reviewComment");

        JsonNode versions = api.ok(api.get("/api/budget/submissions/" + id + "/versions", YANBIAN));
        assertThat(versions.findValuesAsString("status")).containsExactly("ACCEPTED", "ACCEPTED");
        assertThat(versions.get(0).at("/document/profile/retirees").asInt()).isEqualTo(11);
        assertThat(versions.get(1).at("/document/profile/retirees").asInt()).isEqualTo(12);
        assertThat(versions.get(1).get("correctionNote").asString()).isEqualTo("更正离退休人数");
        assertThat(api.get("/api/budget/submissions/" + id + "/versions", OTHER_BUREAU).statusCode()).isEqualTo(403);
    }

    @Test
    void whenScoreAndPublicationEventsArrive_thenTheSubmissionShowsThemAndRepeatsOrOlderOnesChangeNothing() throws Exception {
        String id = api.ok(api.post("/api/budget/submissions", yanbianFixed(), YANBIAN)).get("id").asString();
        String score = scoreEvent(UUID.randomUUID(), 2, "9.90");

        Api.publish("scoring.results.v1", "510422001:2024", score);
        Api.publish("scoring.results.v1", "510422001:2024", score);
        Api.publish("scoring.results.v1", "510422001:2024", scoreEvent(UUID.randomUUID(), 1, "1.00"));
        publicationEvent("PUBLISHED", 1, null);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode seen = api.ok(api.get("/api/budget/submissions/" + id, BUREAU));
            assertThat(seen.at("/score/converted").decimalValue()).isEqualByComparingTo("99.00");
            assertThat(seen.at("/publication/path").asString()).isEqualTo("/public/reports/510422001/2024");
        });
        Thread.sleep(500);
        assertThat(api.ok(api.get("/api/budget/submissions/" + id, BUREAU)).at("/score/total").decimalValue()).isEqualByComparingTo("9.90");
        assertThat(jdbc.queryForObject("select score_sequence from submission_outcome", Long.class)).isEqualTo(2);
    }

    @Test
    void whenTheBureauAsksForRuleStatistics_thenEachRuleShowsHowOftenItFiredInItsRegionOnly() throws Exception {
        api.ok(api.post("/api/budget/submissions", Api.seed("001-yanbian-zgh-2024.json"), YANBIAN));
        api.ok(api.post("/api/budget/submissions", Api.seed("001-yanbian-zgh-2024.json"), YANBIAN));

        JsonNode mine = api.ok(api.get("/api/budget/rules/statistics?year=2024", BUREAU));
        JsonNode other = api.ok(api.get("/api/budget/rules/statistics", OTHER_BUREAU));
        HttpResponse<String> foreign = api.get("/api/budget/rules/statistics?region=510422", OTHER_BUREAU);
        HttpResponse<String> department = api.get("/api/budget/rules/statistics", YANBIAN);

        JsonNode cnt = mine.valueStream().filter(r -> r.at("/rule/id").asString().equals("CNT-001")).findFirst().orElseThrow();
        assertThat(cnt.get("saves").asInt()).isEqualTo(2);
        assertThat(cnt.get("departments").asInt()).isEqualTo(1);
        assertThat(cnt.get("openNow").asInt()).isEqualTo(1);
        assertThat(cnt.get("onWhom").get(0).asString()).isEqualTo("盐边县总工会");
        assertThat(mine.size()).isGreaterThanOrEqualTo(40);
        assertThat(other.findValuesAsString("saves")).containsOnly("0");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(department.statusCode()).isEqualTo(403);
    }

    @Test
    void whenTheReportIsAttached_thenTheReportCheckerRunsOnItAndTheBureauCanReadItBack() throws Exception {
        String id = api.ok(api.post("/api/budget/submissions", yanbianFixed(), YANBIAN)).get("id").asString();
        byte[] report = Files.readAllBytes(Path.of("src/test/resources/reportcheck/seeds/001_70d2fb4dfce1c169.txt"));

        JsonNode attached = api.ok(api.send(HttpRequest.newBuilder(api.uri("/api/budget/submissions/" + id + "/report?name=盐边县总工会2024.txt"))
                .header("Content-Type", "text/plain; charset=UTF-8").PUT(HttpRequest.BodyPublishers.ofByteArray(report)), YANBIAN));
        HttpResponse<String> byOther = api.send(HttpRequest.newBuilder(api.uri("/api/budget/submissions/" + id + "/report"))
                .header("Content-Type", "text/plain; charset=UTF-8").PUT(HttpRequest.BodyPublishers.ofString("x")), BUREAU);
        HttpResponse<String> oldWord = api.send(HttpRequest.newBuilder(api.uri("/api/budget/submissions/" + id + "/report?name=a.doc"))
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("x")), YANBIAN);
        HttpResponse<byte[]> download = api.bytes(HttpRequest.newBuilder(api.uri("/api/budget/submissions/" + id + "/report")).GET(), BUREAU);
        JsonNode rechecked = api.ok(api.get("/api/budget/submissions/" + id + "/report/findings", BUREAU));
        api.ok(api.post("/api/budget/submissions/" + id + "/submit", "", YANBIAN));
        HttpResponse<String> afterSubmit = api.send(HttpRequest.newBuilder(api.uri("/api/budget/submissions/" + id + "/report"))
                .header("Content-Type", "text/plain; charset=UTF-8").PUT(HttpRequest.BodyPublishers.ofByteArray(report)), YANBIAN);

        assertThat(attached.at("/report/fileName").asString()).isEqualTo("盐边县总工会2024.txt");
        assertThat(attached.at("/report/size").asLong()).isEqualTo(report.length);
        assertThat(attached.at("/check/findings").size()).isPositive();
        assertThat(attached.at("/check/findings").toString()).contains("26.52");
        assertThat(byOther.statusCode()).isEqualTo(403);
        assertThat(oldWord.statusCode()).isEqualTo(415);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(report);
        assertThat(rechecked.at("/check/findings").size()).isEqualTo(attached.at("/check/findings").size());
        assertThat(afterSubmit.statusCode()).isEqualTo(409);
        assertThat(api.ok(api.get("/api/budget/submissions/" + id + "/audit", BUREAU)).findValuesAsString("action"))
                .containsExactly("CREATE_DRAFT", "ATTACH_REPORT", "SUBMIT");
    }

    private void publicationEvent(String action, int version, String note) throws Exception {
        Api.publish("publication.events.v1", "510422001:2024", """
                {"eventId":"%s","type":"publication.report.%s","schemaVersion":1,"occurredAt":"2025-03-01T08:00:00Z",
                 "departmentCode":"510422001","fiscalYear":2024,"aggregateVersion":%d,
                 "payload":{"action":"%s","version":%d,"path":"/public/reports/510422001/2024","note":%s}}"""
                .formatted(UUID.randomUUID(), action.toLowerCase(), version, action, version, note == null ? "null" : "\"" + note + "\""));
    }

    private static String scoreEvent(UUID eventId, int sequence, String total) {
        return """
                {"eventId":"%s","type":"scoring.score.computed","schemaVersion":1,"occurredAt":"2025-03-01T08:00:00Z",
                 "departmentCode":"510422001","fiscalYear":2024,"aggregateVersion":%d,
                 "payload":{"basedOnSubmissionVersion":1,"executionRate":"100.00","total":"%s","maxTotal":"10",
                            "converted":"99.00","grade":"优","items":[]}}""".formatted(eventId, sequence, total);
    }
}
