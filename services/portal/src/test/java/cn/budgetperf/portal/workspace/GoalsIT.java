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

/** The department-year's goals and indicators from the indicator service, read-only in the workspace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class GoalsIT {

    private static final StubBudget SERVICES = new StubBudget();
    private static final String ID = "6f1c2b0e-1111-4a4a-9d9d-000000000006";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVICES.registerWithIndicator(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String department = TestJwts.department("dept-xushui-rsj", "130609002", "130609");

    @BeforeEach
    void reset() {
        SERVICES.reset();
        SERVICES.answer("GET /api/budget/submissions/" + ID, 200, """
                {"id":"%s","departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","fiscalYear":2023,
                 "version":1,"status":"DRAFT","statusLabel":"草稿","findings":[]}""".formatted(ID));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .header("Authorization", "Bearer " + department).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whenTheGoalsExist_thenTheTableTheProjectsIndicatorsAndTheSelfScoreAreShown() throws Exception {
        SERVICES.answer("GET /api/indicators/goals", 200, """
                {"departmentCode":"130609002","fiscalYear":2023,"version":2,"savedBy":"dept-xushui-rsj","savedAt":"2026-11-24T01:00:00Z",
                 "goals":{"version":2,"departmentName":"人社局","regionCode":"130609",
                   "departmentGoals":[{"function":"就业服务","activity":"职业培训","annualTarget":"培训1000人次<b>","projectExpenditure":"就业补助"}],
                   "projects":[{"code":"P1","name":"就业补助","budget":"100","adjustedBudget":"120.5","executed":"118",
                     "overallTarget":"稳定就业","indicators":[{"level1":"产出指标","level2":"数量指标","name":"培训人次","comparator":"≥",
                       "target":1000,"unit":"人次","weight":20,"actual":1100}]}],
                   "selfEvaluation":{"frameworkId":"xushui-dept-2023","frameworkVersion":1,"frameworkName":"徐水考核","statedTotal":84.8,
                     "statedConverted":91.18,"items":[]}}}""");

        HttpResponse<String> page = get("/portal/workspace/" + ID + "/goals");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("就业服务").contains("培训1000人次&lt;b&gt;").contains("项目：P1 就业补助").contains("120.50")
                .contains("培训人次").contains("1100").contains("徐水考核：自评得分 84.8，换算得分 91.18")
                .contains("href=\"/portal/workspace/" + ID + "/goals/edit\"").contains("修改绩效目标和指标");
        assertThat(SERVICES.received).anyMatch(r -> r.path().equals("/api/indicators/goals")
                && r.query().equals("department=130609002&year=2023"));
    }

    @Test
    void whenNoGoalsWereSubmitted_thenThePageSaysSo() throws Exception {
        SERVICES.answer("GET /api/indicators/goals", 404, "{\"detail\":\"未找到\"}");

        HttpResponse<String> page = get("/portal/workspace/" + ID + "/goals");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("本年度尚未提交绩效目标和指标").contains("填报绩效目标和指标");
    }
}
