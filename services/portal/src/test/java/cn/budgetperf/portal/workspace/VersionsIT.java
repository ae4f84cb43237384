package cn.budgetperf.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestJwts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The version history of a submission in the workspace: versions with who, when and state; a diff of two; the audit trail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class VersionsIT {

    private static final StubBudget BUDGET = new StubBudget();
    private static final String ID = "6f1c2b0e-1111-4a4a-9d9d-000000000003";
    private static final String SUBMISSION = """
            {"id":"%s","departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","fiscalYear":2023,
             "version":2,"status":"DRAFT","statusLabel":"草稿","findings":[],"blockingFindings":0}""".formatted(ID);
    private static final String VERSIONS = """
            [{"version":1,"status":"ACCEPTED","statusLabel":"已审核通过","updatedBy":"dept-xushui-rsj","updatedAt":"2026-03-01T02:30:00Z",
              "document":{"fiscalYear":2023,"income":{"total":{"actual":"2544.99"}},"threePublic":{"reception":"1.2"},
                          "functionalLines":[{"code":"208","actual":"54.82"}]}},
             {"version":2,"status":"DRAFT","statusLabel":"草稿","updatedBy":"dept-xushui-rsj","updatedAt":"2026-04-02T08:05:00Z",
              "document":{"fiscalYear":2023,"income":{"total":{"actual":"2600"}},"threePublic":{"reception":"1.2"},
                          "functionalLines":[{"code":"208","actual":"50.5"}],"meeting":"<b>3</b>"}}]""";
    private static final String AUDIT = """
            [{"actor":"dept-xushui-rsj","at":"2026-04-02T08:05:00Z","action":"SAVE_DRAFT","version":2,
              "changes":[{"path":"document.income.total.actual","before":"2544.99","after":"2600"}]},
             {"actor":"bureau-xushui","at":"2026-03-02T01:00:00Z","action":"ACCEPT","version":1,
              "changes":[{"path":"status","before":"SUBMITTED","after":"ACCEPTED"}]}]""";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        BUDGET.register(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String department = TestJwts.department("dept-xushui-rsj", "130609002", "130609");

    @BeforeEach
    void reset() {
        BUDGET.reset();
        BUDGET.answer("GET /api/budget/submissions/" + ID, 200, SUBMISSION);
        BUDGET.answer("GET /api/budget/submissions/" + ID + "/versions", 200, VERSIONS);
        BUDGET.answer("GET /api/budget/submissions/" + ID + "/audit", 200, AUDIT);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .header("Authorization", "Bearer " + department).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whenTheVersionsAreOpened_thenEachShowsWhoWhenAndItsStateInBeijingTime() throws Exception {
        HttpResponse<String> page = get("/portal/workspace/" + ID + "/versions");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("第1版").contains("已审核通过").contains("2026-03-01 10:30")
                .contains("第2版").contains("草稿").contains("2026-04-02 16:05").contains("dept-xushui-rsj")
                .contains("保存草稿").contains("审核通过").contains("本年收入合计 · 决算数")
                .doesNotContain("id=\"diff\"");
    }

    @Test
    void whenTwoVersionsAreCompared_thenOnlyTheChangedFieldsShowWithBeforeAfterAndChangeInWanYuan() throws Exception {
        HttpResponse<String> page = get("/portal/workspace/" + ID + "/versions?from=1&to=2");

        assertThat(page.statusCode()).isEqualTo(200);
        String diff = page.body().substring(page.body().indexOf("id=\"diff\""));
        assertThat(diff).contains("第1版与第2版的差异").contains("本年收入合计 · 决算数").contains("2544.99").contains("2600.00")
                .contains("+55.01").contains("支出功能分类 208 · 决算数").contains("54.82").contains("50.50").contains("-4.32")
                .contains("会议费").contains("&lt;b&gt;3&lt;/b&gt;").doesNotContain("公务接待费");
    }

    @Test
    void whenAVersionDoesNotExist_thenAChinese400AnswersNoStackTrace() throws Exception {
        HttpResponse<String> page = get("/portal/workspace/" + ID + "/versions?from=1&to=9");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("没有第9版").doesNotContain("Exception");
    }

    @Test
    void whenAnotherDepartmentsHistoryIsOpened_thenTheChinese403PageAnswers() throws Exception {
        BUDGET.answer("GET /api/budget/submissions/" + ID, 403, "{\"detail\":\"您没有权限查看其他部门的填报。\"}");

        HttpResponse<String> page = get("/portal/workspace/" + ID + "/versions");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("无权访问").contains("您没有权限查看其他部门的填报");
    }
}
