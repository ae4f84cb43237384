package cn.budgetperf.e2e;

import static cn.budgetperf.e2e.Gateway.get;
import static cn.budgetperf.e2e.Gateway.login;
import static cn.budgetperf.e2e.Gateway.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

/**
 * The thin path through the real parts: a department user logs in at the real Keycloak (password grant
 * of the demo client {@code portal-cli}), posts and submits through the gateway; budget stores it and
 * emits through its outbox to the real Kafka broker; the region's bureau accepts it; scoring scores it;
 * the bureau publishes it; publication renders the public page, which an anonymous reader fetches
 * through the gateway, which keeps it until the bureau's correction reaches it as an event. Nothing
 * between our services is mocked.
 */
@ExtendWith(PlatformExtension.class)
class PlatformEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void whenADepartmentSubmitsThroughTheGateway_thenThePublicPageShowsTheTotalsAndTheScore() throws Exception {
        String token = login("dept-xushui-rsj");
        HttpResponse<String> draft = post("/api/budget/submissions", """
                {"departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","fiscalYear":2023,
                 "figures":{"incomeTotal":"2544.99","expenditureTotal":"2519.12","budgetTotal":"2544.94"}}""", token);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        String id = JSON.readTree(draft.body()).get("id").asString();

        HttpResponse<String> submitted = post("/api/budget/submissions/" + id + "/submit", "", token);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(get("/public/reports/130609002/2023", null).statusCode()).as("nothing is public before the bureau publishes")
                .isEqualTo(404);

        String bureau = login("bureau-xushui");
        HttpResponse<String> accepted = post("/api/budget/submissions/" + id + "/review", "{\"decision\":\"ACCEPT\"}", bureau);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> published = post("/api/publication/130609002/2023/publish", "", bureau);
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        });
        String page = get("/public/reports/130609002/2023", null).body();
        assertThat(page)
                .contains("保定市徐水区人力资源和社会保障局2023年度部门决算及绩效自评公开")
                .contains("本年收入合计2544.99万元，本年支出合计2519.12万元，全年预算数2544.94万元")
                .contains("自评得分9.90分（满分10.00分），换算得分99.00分，评价等级为“优”")
                .contains("保定市徐水区").contains("第1版").contains("已经财政部门审核");
        // The publication's own event may reach the gateway after the first read and empty the cache once.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(get("/public/reports/130609002/2023", null).headers().firstValue("Age"))
                        .as("the gateway answers the published page from its cache").isPresent());

        HttpResponse<String> corrected = post("/api/publication/130609002/2023/correct",
                "{\"note\":\"补充部门概况\"}", bureau);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(get("/public/reports/130609002/2023", null).body())
                        .as("the correction's event empties the gateway's cache, long before the page's max-age of 60 s")
                        .contains("<strong>第2版</strong>").contains("更正说明：<span>补充部门概况</span>"));
        assertThat(get("/public/", null).body()).contains("/public/reports/130609002/2023");
        assertThat(get("/public/reports/130609002/2023.json", null).body()).contains("\"expenditureTotal\":\"2519.12\"");

        HttpResponse<String> score = get("/api/scores/130609002/2023", token);
        assertThat(score.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(score.body()).get("grade").asString()).isEqualTo("优");
    }

    @Test
    void whenNoTokenIsSent_thenTheApiAnswers401AndPublicPagesStayOpen() throws Exception {
        assertThat(get("/api/budget/submissions", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/scores?region=130609&year=2023", null).statusCode()).isEqualTo(401);
        assertThat(get("/public/", null).statusCode()).isEqualTo(200);
    }

    @Test
    void whenADepartmentOrBureauReachesBeyondItsOwn_thenTheGatewayPassesTheRealTokenAndTheServiceRefuses() throws Exception {
        String yanbian = login("dept-yanbian-zgh");
        String document = """
                {"departmentCode":"510422001","departmentName":"盐边县总工会","fiscalYear":2024,
                 "figures":{"incomeTotal":"232.34","expenditureTotal":"232.34","budgetTotal":"316.23"}}""";
        HttpResponse<String> draft = post("/api/budget/submissions", document, yanbian);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        String id = JSON.readTree(draft.body()).get("id").asString();
        String rsj = login("dept-xushui-rsj");
        String xushuiBureau = login("bureau-xushui");
        String yanbianBureau = login("bureau-yanbian");

        HttpResponse<String> other = get("/api/budget/submissions/" + id, rsj);
        HttpResponse<String> otherBureau = get("/api/budget/submissions/" + id, xushuiBureau);
        HttpResponse<String> otherWrites = post("/api/budget/submissions", document, rsj);
        HttpResponse<String> otherSubmits = post("/api/budget/submissions/" + id + "/submit", "", rsj);
        HttpResponse<String> unexplained = post("/api/budget/submissions/" + id + "/submit", "", yanbian);
        HttpResponse<String> explained = post("/api/budget/submissions/" + id + "/explanations",
                "{\"ruleId\":\"EXEC-003\",\"location\":\"figures.expenditureTotal\",\"text\":\"项目支出减少，结余已上缴\"}", yanbian);
        HttpResponse<String> submitted = post("/api/budget/submissions/" + id + "/submit", "", yanbian);
        HttpResponse<String> otherBureauReviews = post("/api/budget/submissions/" + id + "/review", "{\"decision\":\"ACCEPT\"}", xushuiBureau);
        HttpResponse<String> otherBureauAudit = get("/api/budget/submissions/" + id + "/audit", xushuiBureau);
        HttpResponse<String> ownBureauFindings = get("/api/budget/submissions/" + id + "/findings", yanbianBureau);
        HttpResponse<String> ownBureauReturns = post("/api/budget/submissions/" + id + "/review",
                "{\"decision\":\"RETURN\",\"comment\":\"请说明结余原因\"}", yanbianBureau);

        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(otherBureau.statusCode()).isEqualTo(403);
        assertThat(otherWrites.statusCode()).isEqualTo(403);
        assertThat(otherSubmits.statusCode()).isEqualTo(403);
        assertThat(unexplained.statusCode()).as(unexplained.body()).isEqualTo(422);
        assertThat(explained.statusCode()).as(explained.body()).isEqualTo(200);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(otherBureauReviews.statusCode()).isEqualTo(403);
        assertThat(otherBureauAudit.statusCode()).isEqualTo(403);
        assertThat(ownBureauFindings.body()).contains("项目支出减少，结余已上缴");
        assertThat(ownBureauReturns.statusCode()).as(ownBureauReturns.body()).isEqualTo(200);
        assertThat(get("/api/budget/submissions/" + id, yanbian).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(get("/api/budget/submissions", xushuiBureau).body()).findValuesAsString("departmentCode"))
                .doesNotContain("510422001");
        assertThat(get("/api/budget/rules/statistics", yanbian).statusCode()).isEqualTo(403);
        assertThat(get("/api/budget/rules/statistics?region=510422", xushuiBureau).statusCode()).isEqualTo(403);
    }

    @Test
    void whenASubmissionIsMalformed_thenEachAnswer400AndNothingIsStored() throws Exception {
        String token = login("dept-xushui-zgh");
        String valid = """
                {"departmentCode":"130609001","departmentName":"保定市徐水区总工会","fiscalYear":2024,
                 "figures":{"incomeTotal":"69.21","expenditureTotal":"69.21","budgetTotal":"69.21"}}""";

        HttpResponse<String> badJson = post("/api/budget/submissions", "{\"departmentCode\":", token);
        HttpResponse<String> noDepartment = post("/api/budget/submissions", valid.replace("\"departmentCode\":\"130609001\",", ""), token);
        HttpResponse<String> negative = post("/api/budget/submissions", valid.replace("\"expenditureTotal\":\"69.21\"", "\"expenditureTotal\":\"-1\""), token);
        HttpResponse<String> farFuture = post("/api/budget/submissions", valid.replace("2024", "3024"), token);

        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badJson.body()).contains("不是有效的JSON");
        assertThat(noDepartment.statusCode()).isEqualTo(400);
        assertThat(noDepartment.body()).contains("缺少部门编码");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("金额不能为负数");
        assertThat(farFuture.statusCode()).isEqualTo(400);
        assertThat(farFuture.body()).contains("年度不能晚于2099年");
        assertThat(JSON.readTree(get("/api/budget/submissions", token).body()).size()).isZero();
    }
}
