package cn.budgetperf.portal.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.portal.workspace.StubBudget;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Findings by rule (budget's rule statistics, stubbed) and by department, and the drill-down from a rule to the submissions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class BureauFindingsIT {

    private static final StubBudget SERVICES = new StubBudget();
    private static final String ID = "6f1c2b0e-2222-4a4a-9d9d-000000000002";
    private static final String SUBMISSIONS = """
            [{"id":"%s","departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","regionCode":"130609",
              "fiscalYear":2023,"version":2,"status":"SUBMITTED","statusLabel":"已报送",
              "figures":{"incomeTotal":"2544.99","expenditureTotal":"2519.12","budgetTotal":"2544.94"},"blockingFindings":1,
              "publication":null,"document":{},
              "findings":[{"ruleId":"EXEC-002","severity":"WARNING","message":"支出合计超过全年预算数","location":"figures.budgetTotal",
                           "explanation":{"text":"年中追加<b>项目</b>"}},
                          {"ruleId":"INC-001","severity":"ERROR","message":"本年收入合计与各项收入之和不符","location":"income.total",
                           "explanation":null}]},
             {"id":"6f1c2b0e-2222-4a4a-9d9d-000000000009","departmentCode":"510422001","departmentName":"盐边县总工会","regionCode":"510422",
              "fiscalYear":2023,"version":1,"status":"SUBMITTED","statusLabel":"已报送","figures":{},"blockingFindings":0,
              "publication":null,"document":{},
              "findings":[{"ruleId":"EXEC-002","severity":"WARNING","message":"另一地区的问题","location":null,"explanation":null}]}]
            """.formatted(ID);
    private static final String STATISTICS = """
            [{"rule":{"id":"EXEC-002","category":"PLAUSIBILITY","severity":"WARNING","title":"支出超过预算",
                      "template":"支出合计{actual}超过全年预算数{expected}","fields":["figures.budgetTotal"]},
              "saves":3,"departments":1,"openNow":1,"onWhom":["保定市徐水区人力资源和社会保障局"]},
             {"rule":{"id":"INC-001","category":"ACCURACY","severity":"ERROR","title":"收入合计",
                      "template":"本年收入合计应等于各项收入之和","fields":["income.total"]},
              "saves":1,"departments":1,"openNow":1,"onWhom":["保定市徐水区人力资源和社会保障局"]},
             {"rule":{"id":"PRJ-009","category":"COMPLETENESS","severity":"INFO","title":"从未触发","template":"—","fields":[]},
              "saves":0,"departments":0,"openNow":0,"onWhom":[]}]
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
        SERVICES.answer("GET /api/budget/submissions", 200, SUBMISSIONS);
        SERVICES.answer("GET /api/scores", 200, "[]");
        SERVICES.answer("GET /api/budget/rules/statistics", 200, STATISTICS);
    }

    @Test
    void whenTheBureauOpensTheFindings_thenEveryRuleThatFiredInItsRegionYearAndEveryDepartmentsCountsAreShown() throws Exception {
        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau/findings?year=2023", bureau);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("按规则").contains("EXEC-002").contains("支出超过预算").contains("合理性").contains("警告")
                .contains("INC-001").contains("另有 1 条规则本年度未被触发").doesNotContain("从未触发")
                .contains("按部门").contains("/portal/bureau/submissions/" + ID + "#findings").doesNotContain("盐边县总工会");
        assertThat(SERVICES.received).anyMatch(r -> r.path().equals("/api/budget/rules/statistics"));
    }

    @Test
    void whenTheBureauDrillsIntoARule_thenEachSubmissionThatHasItNowIsListedWithItsMessagesAndExplanationsEscaped() throws Exception {
        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau/findings/EXEC-002?year=2023", bureau);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("支出合计超过全年预算数").contains("年中追加&lt;b&gt;项目&lt;/b&gt;")
                .contains("/portal/bureau/submissions/" + ID + "#findings")
                .doesNotContain("本年收入合计与各项收入之和不符").doesNotContain("另一地区的问题");
    }

    @Test
    void whenTheRuleIsUnknown_thenTheChinese404PageAnswers() throws Exception {
        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau/findings/NOPE-1?year=2023", bureau);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("没有编号为“NOPE-1”的校验规则");
    }

    @Test
    void whenADepartmentUserOpensTheFindings_thenTheChinese403PageAnswers() throws Exception {
        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau/findings",
                TestJwts.department("dept-xushui-rsj", "130609002", "130609"));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("无权访问");
        assertThat(SERVICES.received).isEmpty();
    }
}
