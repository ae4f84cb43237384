package cn.budgetperf.portal.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.portal.workspace.StubBudget;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class BureauDashboardIT {

    private static final StubBudget SERVICES = new StubBudget();
    private static final String ID = "6f1c2b0e-2222-4a4a-9d9d-000000000002";
    private static final String SUBMISSION = """
            {"id":"%s","departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","regionCode":"130609",
             "fiscalYear":2023,"version":1,"status":"%s","statusLabel":"%s",
             "figures":{"incomeTotal":"2544.99","expenditureTotal":"2519.123","budgetTotal":"2544.94"},
             "reviewComment":null,"findings":[{"ruleId":"EXEC-002","severity":"WARNING","message":"支出超过预算",
               "location":"figures.budgetTotal","explanation":{"text":"年中追加<b>项目</b>"}}],
             "blockingFindings":0,"publication":%s}
            """;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
    }

    @LocalServerPort
    int port;

    private final String bureau = TestJwts.bureau("bureau-xushui", "130609");

    @BeforeEach
    void reset() {
        SERVICES.reset();
    }

    private static String submission(String status, String label, String publication) {
        return SUBMISSION.formatted(ID, status, label, publication);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return new PortalHttp(port).get(path, token);
    }

    private HttpResponse<String> post(String path, String token, Map<String, String> form) throws Exception {
        return new PortalHttp(port).post(path, token, form);
    }

    @Test
    void whenTheBureauOpensItsDashboard_thenEveryDepartmentOfTheRegionHasItsStateScoreAndRank() throws Exception {
        SERVICES.answer("GET /api/budget/submissions", 200, "[" + submission("SUBMITTED", "已报送", "null") + "]");
        SERVICES.answer("GET /api/scores", 200, """
                [{"rank":1,"departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","executionRate":98.98,
                  "converted":91.5,"grade":"优","findingCount":1}]""");

        HttpResponse<String> page = get("/portal/bureau", bureau);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("2023").contains("保定市徐水区人力资源和社会保障局").contains("已报送")
                .contains("保定市徐水区总工会").contains("未开始").contains("漕河镇人民政府")
                .contains("2519.12").contains("98.98%").contains("91.50").contains("优")
                .contains("/portal/bureau/submissions/" + ID);
        assertThat(SERVICES.received).anyMatch(r -> r.path().equals("/api/scores"));
    }

    @Test
    void whenScoringIsDown_thenTheDashboardStillShowsTheStatesAndSaysSoInChinese() throws Exception {
        SERVICES.answer("GET /api/budget/submissions", 200, "[" + submission("SUBMITTED", "已报送", "null") + "]");
        SERVICES.answer("GET /api/scores", 503, "{}");

        HttpResponse<String> page = get("/portal/bureau?year=2023", bureau);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("已报送").contains("评分结果暂时无法获取");
    }

    @Test
    void whenTheYearIsNotAYear_thenTheDashboardAnswers400InChinese() throws Exception {
        HttpResponse<String> page = get("/portal/bureau?year=abcd", bureau);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("年度应为 2000 至 2099 之间的四位数字");
    }

    @Test
    void whenADepartmentUserOpensTheDashboard_thenTheChinese403PageAnswersAndNothingIsCalled() throws Exception {
        HttpResponse<String> page = get("/portal/bureau", TestJwts.department("dept-xushui-rsj", "130609002", "130609"));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("无权访问").contains("财政部门工作台仅供财政部门使用").doesNotContain("Exception");
        assertThat(SERVICES.received).isEmpty();
    }

    @Test
    void whenTheBureauDrillsIntoASubmission_thenItSeesTheFindingsWithTheExplanationEscapedAndTheReviewForm() throws Exception {
        SERVICES.answer("GET /api/budget/submissions/" + ID, 200, submission("SUBMITTED", "已报送", "null"));

        HttpResponse<String> page = get("/portal/bureau/submissions/" + ID, bureau);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("审核通过").contains("退回修改").contains("年中追加&lt;b&gt;项目&lt;/b&gt;");
    }

    @Test
    void whenTheBureauReturnsWithoutAComment_thenItIsAskedForOneAndNothingIsSent() throws Exception {
        SERVICES.answer("GET /api/budget/submissions/" + ID, 200, submission("SUBMITTED", "已报送", "null"));

        HttpResponse<String> page = post("/portal/bureau/submissions/" + ID + "/review", bureau, Map.of("decision", "RETURN", "comment", " "));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("退回修改时请填写审核意见");
        assertThat(SERVICES.received).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void whenTheBureauReturnsWithAComment_thenTheBudgetServiceGetsTheDecisionAndComment() throws Exception {
        SERVICES.answer("POST /api/budget/submissions/" + ID + "/review", 200, submission("RETURNED", "已退回", "null"));

        SERVICES.answer("GET /api/budget/submissions/" + ID, 200, submission("RETURNED", "已退回", "null"));

        HttpResponse<String> answer = post("/portal/bureau/submissions/" + ID + "/review", bureau,
                Map.of("decision", "RETURN", "comment", "请核对支出合计"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/portal/bureau/submissions/" + ID + "?done=returned"));
        HttpResponse<String> page = new PortalHttp(port).follow(answer, bureau);
        assertThat(page.body()).contains("已退回部门修改").contains("已退回");
        assertThat(SERVICES.received.get(0).body()).contains("\"decision\":\"RETURN\"").contains("请核对支出合计");
    }

    @Test
    void whenTheBureauPublishes_thenThePublicationServiceIsCalledForTheSubmissionsOwnDepartmentAndYear() throws Exception {
        SERVICES.answer("GET /api/budget/submissions/" + ID, 200, submission("ACCEPTED", "已审核通过", "null"));
        SERVICES.answer("POST /api/publication/130609002/2023/publish", 200, "{}");

        HttpResponse<String> answer = post("/portal/bureau/submissions/" + ID + "/publication", bureau,
                Map.of("action", "publish", "departmentCode", "130609001"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(new PortalHttp(port).follow(answer, bureau).body()).contains("操作成功：已公开");
        assertThat(SERVICES.received).anyMatch(r -> r.path().equals("/api/publication/130609002/2023/publish"));
    }

    @Test
    void whenTheBureauWithdrawsWithoutAReason_thenItIsAskedForOne() throws Exception {
        SERVICES.answer("GET /api/budget/submissions/" + ID, 200,
                submission("ACCEPTED", "已审核通过", "{\"state\":\"PUBLISHED\",\"publicVersion\":1,\"path\":\"/public/reports/130609002/2023\"}"));

        HttpResponse<String> page = post("/portal/bureau/submissions/" + ID + "/publication", bureau, Map.of("action", "withdraw"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("撤回时请填写撤回原因").contains("已公开");
        assertThat(SERVICES.received).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void whenThePublicationServiceRefuses_thenItsChineseReasonIsShown() throws Exception {
        SERVICES.answer("GET /api/budget/submissions/" + ID, 200, submission("ACCEPTED", "已审核通过", "null"));
        SERVICES.answer("POST /api/publication/130609002/2023/publish", 409, "{\"detail\":\"尚未评分，不能公开\"}");

        HttpResponse<String> page = post("/portal/bureau/submissions/" + ID + "/publication", bureau, Map.of("action", "publish"));

        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("尚未评分，不能公开");
    }
}
