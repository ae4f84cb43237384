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

/** The dashboard's score distribution and '三公' change, and the re-scoring of an item on the drill-down (scoring stubbed). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class BureauScoresIT {

    private static final StubBudget SERVICES = new StubBudget();
    private static final String ID = "6f1c2b0e-2222-4a4a-9d9d-000000000002";
    private static final String SUBMISSION = """
            {"id":"%s","departmentCode":"%s","departmentName":"%s","regionCode":"130609",
             "fiscalYear":2023,"version":1,"status":"SUBMITTED","statusLabel":"已报送",
             "figures":{"incomeTotal":"2544.99","expenditureTotal":"2519.12","budgetTotal":"2544.94"},
             "findings":[],"blockingFindings":0,"publication":null,
             "document":{"threePublic":%s}}
            """;
    private static final String SCORE = """
            {"departmentCode":"130609002","fiscalYear":2023,"converted":%s,"grade":"%s","selfConverted":93.00,"selfGrade":"优",
             "reviewed":%s,"detail":{"items":[
               {"code":"A1","name":"预算执行率","maxPoints":10,"selfPoints":9,"points":%s,"formula":"","applicable":true,
                "deduction":false,"reviewReason":%s},
               {"code":"A2","name":"绩效目标完成情况","maxPoints":20,"selfPoints":null,"points":0,"formula":"","applicable":true,
                "deduction":false,"reviewReason":null},
               {"code":"A3","name":"不适用的项","maxPoints":5,"selfPoints":null,"points":0,"formula":"","applicable":false,
                "deduction":false,"reviewReason":null}],
              "projects":[{"code":"P1","name":"就业补助","items":[{"code":"P1/EXECUTION_RATE","name":"预算执行率","maxPoints":10,
                "selfPoints":10,"points":10,"formula":"","applicable":true,"deduction":false,"reviewReason":null}]}]}}
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

    private static String submission(String id, String code, String name, String threePublic) {
        return SUBMISSION.formatted(id, code, name, threePublic);
    }

    private void drillDown(String score) {
        SERVICES.answer("GET /api/budget/submissions/" + ID, 200,
                submission(ID, "130609002", "保定市徐水区人力资源和社会保障局", "null"));
        SERVICES.answer("GET /api/scores/130609002/2023", 200, score);
        SERVICES.answer("GET /api/scores/130609002/2023/reviews", 200, "[]");
    }

    @Test
    void whenTheBureauOpensItsDashboard_thenTheScoresAreDrawnByGradeBandWithTheirTableAndEachThreePublicChangeIsShown() throws Exception {
        SERVICES.answer("GET /api/budget/submissions", 200, "[" + submission(ID, "130609002", "保定市徐水区人力资源和社会保障局",
                "{\"total\":{\"actual\":\"3.96\",\"priorYearActual\":\"4.30\"}}") + ","
                + submission("6f1c2b0e-2222-4a4a-9d9d-000000000001", "130609001", "保定市徐水区总工会",
                "{\"abroad\":{\"actual\":\"0\",\"priorYearActual\":\"0\"},\"reception\":{\"actual\":\"0.09\",\"priorYearActual\":\"0.05\"}}") + "]");
        SERVICES.answer("GET /api/scores", 200, """
                [{"rank":1,"departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","executionRate":98.98,"converted":91.18,"grade":"优",
                  "selfConverted":93.00,"reviewed":true},
                 {"rank":2,"departmentCode":"130609001","departmentName":"保定市徐水区总工会","executionRate":null,"converted":75,"grade":"中"}]""");

        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau?year=2023", bureau);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("得分分布").contains("<svg").contains("已评分部门2个：优1个、良0个、中1个、差0个")
                .contains("90分及以上").contains("50.0%")
                .contains("3.96").contains("-0.34（-7.9%）").contains("+0.04（+80.0%）")
                .contains("（已复核；自评 93.00）").containsOnlyOnce("已复核；");
    }

    @Test
    void whenNothingIsScored_thenTheDistributionIsEmptyAndSaysSo() throws Exception {
        SERVICES.answer("GET /api/budget/submissions", 200, "[]");
        SERVICES.answer("GET /api/scores", 200, "[]");

        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau?year=2023", bureau);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("已评分部门0个").doesNotContain("NaN");
    }

    @Test
    void whenTheBureauDrillsIntoAScoredSubmission_thenEachItemShowsTheSelfScoreBesideTheFinalOneWithAReScoreForm() throws Exception {
        drillDown(SCORE.formatted("91.18", "优", "false", "9", "null"));

        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau/submissions/" + ID, bureau);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("评分及复核").contains("自评得分").contains("复核后得分")
                .contains("绩效目标完成情况").contains("未填").contains("不适用").contains("项目：就业补助")
                .contains("/portal/bureau/submissions/" + ID + "/rescore").contains("“预算执行率”复核理由");
    }

    @Test
    void whenTheSubmissionIsNotScoredYet_thenThePageSaysSoAndStillShowsTheRest() throws Exception {
        SERVICES.answer("GET /api/budget/submissions/" + ID, 200, submission(ID, "130609002", "保定市徐水区人力资源和社会保障局", "null"));

        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau/submissions/" + ID, bureau);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("尚未评分").contains("审核通过");
    }

    @Test
    void whenTheBureauReScoresAnItemWithAReason_thenScoringGetsItAndThePageRedirectsWithAChineseNotice() throws Exception {
        drillDown(SCORE.formatted("91.18", "优", "false", "9", "null"));
        SERVICES.answer("POST /api/scores/130609002/2023/review", 200, "{}");

        HttpResponse<String> answer = new PortalHttp(port).post("/portal/bureau/submissions/" + ID + "/rescore", bureau,
                Map.of("code", "A1", "points", "7.5", "reason", "执行率计算口径有误"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/portal/bureau/submissions/" + ID + "?done=rescored&item=A1#score"));
        assertThat(SERVICES.received).anyMatch(r -> r.method().equals("POST") && r.path().equals("/api/scores/130609002/2023/review")
                && r.body().contains("\"code\":\"A1\"") && r.body().contains("7.5") && r.body().contains("执行率计算口径有误"));
        drillDown(SCORE.formatted("89.68", "良", "true", "7.5", "\"执行率计算口径有误\""));
        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau/submissions/" + ID + "?done=rescored&item=A1", bureau);
        assertThat(page.body()).contains("已复核评分项“预算执行率”：复核得分 7.50 分（自评 9.00 分）").contains("已经财政部门复核");
    }

    @Test
    void whenTheBureauWithdrawsItsReScoreWithAReason_thenScoringGetsNullPointsAndThePageSaysSo() throws Exception {
        drillDown(SCORE.formatted("89.68", "良", "true", "7.5", "\"执行率计算口径有误\""));
        SERVICES.answer("POST /api/scores/130609002/2023/review", 200, "{}");
        assertThat(new PortalHttp(port).get("/portal/bureau/submissions/" + ID, bureau).body()).containsOnlyOnce("撤销复核</button>");

        HttpResponse<String> answer = new PortalHttp(port).post("/portal/bureau/submissions/" + ID + "/rescore", bureau,
                Map.of("code", "A1", "points", "", "reason", "口径无误，恢复自评", "withdraw", "1"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("?done=unreviewed&item=A1"));
        assertThat(SERVICES.received).anyMatch(r -> r.method().equals("POST") && r.body().contains("\"points\":null")
                && r.body().contains("口径无误，恢复自评"));
        drillDown(SCORE.formatted("91.18", "优", "false", "9", "null"));
        assertThat(new PortalHttp(port).follow(answer, bureau).body()).contains("已撤销对评分项“预算执行率”的复核，现得分 9.00 分");
    }

    @Test
    void whenAWithdrawalHasNoReasonOrTheItemWasNotReScored_thenItIsRefusedInChineseAndNothingIsSent() throws Exception {
        drillDown(SCORE.formatted("89.68", "良", "true", "7.5", "\"执行率计算口径有误\""));

        HttpResponse<String> noReason = new PortalHttp(port).post("/portal/bureau/submissions/" + ID + "/rescore", bureau,
                Map.of("code", "A1", "reason", "", "withdraw", "1"));
        HttpResponse<String> notReviewed = new PortalHttp(port).post("/portal/bureau/submissions/" + ID + "/rescore", bureau,
                Map.of("code", "A2", "reason", "理由", "withdraw", "1"));

        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("请填写复核“预算执行率”的理由");
        assertThat(notReviewed.statusCode()).isEqualTo(400);
        assertThat(notReviewed.body()).contains("评分项“绩效目标完成情况”尚未复核，无需撤销");
        assertThat(SERVICES.received).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void whenTheReScoreIsOutOfRange_thenItIsRefusedInChineseWithStatus400AndNothingIsSent() throws Exception {
        drillDown(SCORE.formatted("91.18", "优", "false", "9", "null"));

        HttpResponse<String> page = new PortalHttp(port).post("/portal/bureau/submissions/" + ID + "/rescore", bureau,
                Map.of("code", "A1", "points", "12", "reason", "理由"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("“预算执行率”的复核得分超出范围：应在 0 至 10 分之间").contains("value=\"12\"");
        assertThat(SERVICES.received).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void whenTheReasonIsEmpty_thenItIsAskedForInChineseAndNothingIsSent() throws Exception {
        drillDown(SCORE.formatted("91.18", "优", "false", "9", "null"));

        HttpResponse<String> page = new PortalHttp(port).post("/portal/bureau/submissions/" + ID + "/rescore", bureau,
                Map.of("code", "A1", "points", "8", "reason", "  "));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("请填写复核“预算执行率”的理由");
        assertThat(SERVICES.received).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void whenTheItemIsNotApplicableOrUnknown_thenItIsRefusedAndNothingIsSent() throws Exception {
        drillDown(SCORE.formatted("91.18", "优", "false", "9", "null"));

        HttpResponse<String> page = new PortalHttp(port).post("/portal/bureau/submissions/" + ID + "/rescore", bureau,
                Map.of("code", "A3", "points", "1", "reason", "理由"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("请选择当前评分中适用的评分项进行复核");
        assertThat(SERVICES.received).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void whenScoringRefusesTheReScore_thenItsChineseReasonIsShown() throws Exception {
        drillDown(SCORE.formatted("91.18", "优", "false", "9", "null"));
        SERVICES.answer("POST /api/scores/130609002/2023/review", 400, "{\"detail\":\"评分项“预算执行率”不适用，不能复核。\"}");

        HttpResponse<String> page = new PortalHttp(port).post("/portal/bureau/submissions/" + ID + "/rescore", bureau,
                Map.of("code", "A1", "points", "8", "reason", "理由"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("不适用，不能复核");
    }

    @Test
    void whenADepartmentUserPostsAReScore_thenTheChinese403PageAnswersAndNothingIsCalled() throws Exception {
        HttpResponse<String> page = new PortalHttp(port).post("/portal/bureau/submissions/" + ID + "/rescore",
                TestJwts.department("dept-xushui-rsj", "130609002", "130609"), Map.of("code", "A1", "points", "10", "reason", "自己改"));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("无权访问");
        assertThat(SERVICES.received).isEmpty();
    }
}
