package cn.budgetperf.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestJwts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class WorkspaceIT {

    private static final StubBudget BUDGET = new StubBudget();
    private static final String ID = "6f1c2b0e-1111-4a4a-9d9d-000000000001";
    private static final String DRAFT = """
            {"id":"%s","departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","regionCode":"130609",
             "fiscalYear":2023,"version":1,"status":"%s","statusLabel":"%s",
             "figures":{"incomeTotal":"2544.99","expenditureTotal":"2600","budgetTotal":"2544.94"},
             "reviewComment":%s,"findings":[{"ruleId":"EXEC-002","severity":"WARNING",
               "message":"本年支出合计2600.00万元超过全年预算数2544.94万元（执行率102.16%%），请说明原因。<script>",
               "location":"figures.budgetTotal","explanation":null}],
             "blockingFindings":1,
             "document":{"departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","fiscalYear":2023,
               "figures":{"incomeTotal":"2544.99","expenditureTotal":"2600","budgetTotal":"2544.94"},"profile":{"staff":12}}}
            """;

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
    }

    private static String draft(String status, String label, String comment) {
        return DRAFT.formatted(ID, status, label, comment == null ? "null" : "\"" + comment + "\"");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whenADepartmentOpensItsWorkspace_thenItsYearsAreListedWithStatesAndAmountsInWanYuan() throws Exception {
        BUDGET.answer("GET /api/budget/submissions", 200, "[" + draft("DRAFT", "草稿", null) + "]");

        HttpResponse<String> page = get("/portal/workspace", department);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("保定市徐水区人力资源和社会保障局").contains("草稿").contains("2544.99")
                .contains("2600.00").contains("/portal/workspace/" + ID);
        assertThat(BUDGET.received.get(0).authorization()).isEqualTo("Bearer " + department);
    }

    @Test
    void whenADepartmentCreatesAYear_thenTheDepartmentComesFromItsTokenNotFromTheForm() throws Exception {
        BUDGET.answer("POST /api/budget/submissions", 200, draft("DRAFT", "草稿", null));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("fiscalYear", "2023");
        form.put("incomeTotal", "2544.99");
        form.put("expenditureTotal", "2600");
        form.put("budgetTotal", "2544.94");
        form.put("departmentCode", "130609001");

        HttpResponse<String> answer = post("/portal/workspace", department, form);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).isEqualTo("/portal/workspace/" + ID + "?notice=created");
        String sent = BUDGET.received.get(0).body();
        assertThat(sent).contains("\"departmentCode\":\"130609002\"").contains("保定市徐水区人力资源和社会保障局")
                .contains("\"incomeTotal\":\"2544.99\"").doesNotContain("130609001");
    }

    @Test
    void whenAnAmountIsNotANumber_thenTheFormAnswers400InChineseAndNothingIsSent() throws Exception {
        HttpResponse<String> answer = post("/portal/workspace", department,
                Map.of("fiscalYear", "2023", "incomeTotal", "两千万", "expenditureTotal", "-1", "budgetTotal", ""));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("收入合计应为以万元为单位的数字").contains("支出合计不能为负数");
        assertThat(BUDGET.received).isEmpty();
    }

    @Test
    void whenASubmissionIsOpened_thenItsFindingsStandBesideTheFieldEscapedWithAnExplanationForm() throws Exception {
        BUDGET.answer("GET /api/budget/submissions/" + ID, 200, draft("RETURNED", "已退回", "请核对支出合计"));

        HttpResponse<String> page = get("/portal/workspace/" + ID, department);

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("已退回").contains("财政部门审核意见").contains("请核对支出合计")
                .contains("警告（须说明）").contains("报送财政部门").contains("&lt;script&gt;").doesNotContain("<script>");
        int field = body.indexOf("id=\"findings-budgetTotal\"");
        assertThat(body.indexOf("执行率102.16%", field)).isGreaterThan(field);
    }

    @Test
    void whenTheFiguresAreSaved_thenTheRestOfTheDocumentIsKeptAndThePageRedirectsToTheNewFindings() throws Exception {
        BUDGET.answer("GET /api/budget/submissions/" + ID, 200, draft("DRAFT", "草稿", null));
        BUDGET.answer("POST /api/budget/submissions", 200, draft("DRAFT", "草稿", null));

        HttpResponse<String> page = post("/portal/workspace/" + ID + "/figures", department,
                Map.of("incomeTotal", "2544.99", "expenditureTotal", "2500", "budgetTotal", "2544.94"));

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).isEqualTo("/portal/workspace/" + ID + "?notice=saved");
        String sent = BUDGET.received.get(1).body();
        assertThat(sent).contains("\"expenditureTotal\":\"2500\"").contains("\"profile\":{\"staff\":12}");
    }

    @Test
    void whenTheBudgetServiceRefusesTheSubmission_thenItsChineseReasonIsShown() throws Exception {
        BUDGET.answer("GET /api/budget/submissions/" + ID, 200, draft("DRAFT", "草稿", null));
        BUDGET.answer("POST /api/budget/submissions/" + ID + "/submit", 422, "{\"detail\":\"尚有1项警告未说明，不能报送\"}");

        HttpResponse<String> page = post("/portal/workspace/" + ID + "/submit", department, Map.of());

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("尚有1项警告未说明，不能报送");
    }

    @Test
    void whenAWarningIsExplained_thenTheExplanationGoesToTheBudgetService() throws Exception {
        BUDGET.answer("POST /api/budget/submissions/" + ID + "/explanations", 200, draft("DRAFT", "草稿", null));

        HttpResponse<String> page = post("/portal/workspace/" + ID + "/explanations", department,
                Map.of("ruleId", "EXEC-002", "location", "figures.budgetTotal", "text", "追加了年中项目"));

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).isEqualTo("/portal/workspace/" + ID + "?notice=explained");
        assertThat(BUDGET.received.get(0).body()).contains("EXEC-002").contains("追加了年中项目");
    }

    @Test
    void whenTheSubmissionIsAccepted_thenThePageRedirectsAndTheNextPageSaysSoInChinese() throws Exception {
        BUDGET.answer("POST /api/budget/submissions/" + ID + "/submit", 200, draft("SUBMITTED", "已报送", null));
        BUDGET.answer("GET /api/budget/submissions/" + ID, 200, draft("SUBMITTED", "已报送", null));

        HttpResponse<String> answer = post("/portal/workspace/" + ID + "/submit", department, Map.of());
        HttpResponse<String> page = get(answer.headers().firstValue("Location").orElseThrow(), department);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("已报送财政部门，等待审核。");
    }

    @Test
    void whenTheNoticeCodeIsUnknown_thenNoNoticeIsShownAndNothingTypedIsEchoed() throws Exception {
        BUDGET.answer("GET /api/budget/submissions/" + ID, 200, draft("DRAFT", "草稿", null));

        HttpResponse<String> page = get("/portal/workspace/" + ID + "?notice=%E4%BC%AA%E9%80%A0", department);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("伪造").doesNotContain("class=\"notice\"");
    }

    @Test
    void whenAnotherDepartmentsSubmissionIsOpened_thenTheChinese403PageAnswers() throws Exception {
        BUDGET.answer("GET /api/budget/submissions/" + ID, 403, "{\"detail\":\"只能查看本部门的填报\"}");

        HttpResponse<String> page = get("/portal/workspace/" + ID, department);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("无权访问").contains("只能查看本部门的填报").doesNotContain("Exception");
    }

    @Test
    void whenABureauUserOpensTheWorkspace_thenTheChinese403PageAnswers() throws Exception {
        HttpResponse<String> page = get("/portal/workspace", TestJwts.bureau("bureau-xushui", "130609"));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("无权访问").contains("填报工作台仅供预算部门填报人使用");
        assertThat(BUDGET.received).isEmpty();
    }

    @Test
    void whenTheBudgetServiceFails_thenAChineseErrorPageAnswers502() throws Exception {
        BUDGET.answer("GET /api/budget/submissions", 500, "{}");

        HttpResponse<String> page = get("/portal/workspace", department);

        assertThat(page.statusCode()).isEqualTo(502);
        assertThat(page.body()).contains("服务暂不可用").contains("预算填报服务").doesNotContain("Exception");
    }
}
