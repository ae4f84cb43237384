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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The goals form: read from the indicator service ({@code GET /api/indicators/goals}: its {@code GoalsView}
 * with {@code GoalsAccepted}), saved whole through {@code POST /api/indicators/goals} ({@code GoalsRequest}
 * with the {@code GoalDraft} parts; the posted body is read strictly into mirrors of those records), rows
 * added and removed without script, a refusal beside its row, redirect after a save.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class GoalsFormIT {

    private static final StubBudget SERVICES = new StubBudget();
    private static final String ID = "6f1c2b0e-1111-4a4a-9d9d-000000000007";
    private static final JsonMapper STRICT = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The indicator service's GoalsView (goal/application/GoalsView.java) with GoalsAccepted (shared-model), as it writes them. */
    private static final String GOALS = """
            {"departmentCode":"130609002","fiscalYear":2023,"version":2,"savedBy":"dept-xushui-rsj","savedAt":"2026-11-24T01:00:00Z",
             "goals":{"version":2,"departmentName":"保定市徐水区人力资源和社会保障局","regionCode":"130609",
               "departmentGoals":[{"function":"就业服务","activity":"职业培训","annualTarget":"培训1000人次","projectExpenditure":"就业补助"}],
               "projects":[
                 {"code":"P1","name":"就业补助","budget":"100","adjustedBudget":"120.5","executed":"118","overallTarget":"稳定就业",
                  "tasks":[{"name":"职业培训","content":"组织技能培训"}],
                  "indicators":[
                    {"level1":"产出指标","level2":"数量指标","name":"培训人次","comparator":"≥","target":1000,"targetText":null,"unit":"人次",
                     "weight":60.5,"actual":1350,"grade":null,"gradePoints":null,"deviationReason":"企业需求增加"},
                    {"level1":"效益指标","level2":"社会效益指标","name":"就业质量","comparator":"定性","target":null,"targetText":"明显提升",
                     "unit":null,"weight":29.5,"actual":null,"grade":"达成年度指标","gradePoints":null,"deviationReason":null}]},
                 {"code":"P2","name":"信息化运维","budget":"50","adjustedBudget":null,"executed":"49.99","overallTarget":null,
                  "tasks":[],"indicators":[]}],
               "selfEvaluation":{"frameworkId":"xushui-dept-2023","frameworkVersion":1,"frameworkName":"徐水考核","statedTotal":84.8,
                 "statedConverted":91.18,"items":[{"code":"xushui-dept-2023/a","name":"预算编制","maxPoints":10,"points":9.5,
                   "applicable":true,"deduction":false,"note":"依据充分"}]}}}""";

    /** Mirrors of the indicator service's GoalsRequest and GoalDraft parts (goal/adapter/web/GoalsRequest.java, goal/domain/GoalDraft.java). */
    record GoalsRequest(String departmentCode, Integer fiscalYear, String departmentName, List<DepartmentGoalDraft> departmentGoals,
                        List<ProjectDraft> projects, SelfEvaluationDraft selfEvaluation) {
    }

    record DepartmentGoalDraft(String function, String activity, String annualTarget, String projectExpenditure) {
    }

    record ProjectDraft(String code, String name, String budget, String adjustedBudget, String executed, String overallTarget,
                        List<TaskDraft> tasks, List<IndicatorDraft> indicators) {
    }

    record TaskDraft(String name, String content) {
    }

    record IndicatorDraft(String level1, String level2, String name, String comparator, String target, String unit, String weight,
                          String actual, String gradePoints, String deviationReason) {
    }

    record SelfEvaluationDraft(String frameworkId, String statedTotal, String statedConverted, List<ItemScoreDraft> items) {
    }

    record ItemScoreDraft(String code, String points, String maxPoints, Boolean applicable, String note) {
    }

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
        SERVICES.answer("GET /api/indicators/goals", 200, GOALS);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .header("Authorization", "Bearer " + department).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .header("Authorization", "Bearer " + department).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The inputs of the form page as a browser would post them (every input, textarea and selected option, by name). */
    private static Map<String, String> inputsOf(String html) {
        Map<String, String> inputs = new LinkedHashMap<>();
        var input = java.util.regex.Pattern.compile("<input[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"").matcher(html);
        while (input.find()) {
            inputs.put(input.group(1), unescape(input.group(2)));
        }
        var area = java.util.regex.Pattern.compile("<textarea[^>]*?name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(html);
        while (area.find()) {
            inputs.put(area.group(1), unescape(area.group(2)));
        }
        var select = java.util.regex.Pattern.compile("<select name=\"([^\"]+)\".*?</select>", java.util.regex.Pattern.DOTALL).matcher(html);
        while (select.find()) {
            var chosen = java.util.regex.Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group());
            inputs.put(select.group(1), chosen.find() ? unescape(chosen.group(1)) : "");
        }
        return inputs;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private StubBudget.Received saved() {
        return SERVICES.received.stream().filter(r -> r.method().equals("POST") && r.path().equals("/api/indicators/goals")).findFirst()
                .orElseThrow();
    }

    @Test
    void theFormShowsEveryProjectAndIndicatorWithChineseLabels() throws Exception {
        HttpResponse<String> page = get("/portal/workspace/" + ID + "/goals/edit");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("部门整体绩效目标").contains("一级指标").contains("二级指标").contains("三级指标")
                .contains("指标值（目标值）").contains("实际完成值").contains("分值").contains("得分")
                .contains("name=\"projects[0].indicators[1].name\"").contains("value=\"明显提升\"").contains("value=\"达成年度指标\"")
                .contains("name=\"projects[1].code\"").contains("value=\"信息化运维\"")
                .contains("name=\"selfEvaluation.items[0].code\"").contains("value=\"60.5\"");
    }

    @Test
    void whenSavedUnchanged_thenEverythingGoesBackAsTheServiceTakesIt_andThePageRedirects() throws Exception {
        SERVICES.answer("POST /api/indicators/goals", 200, GOALS);
        Map<String, String> inputs = inputsOf(get("/portal/workspace/" + ID + "/goals/edit").body());

        HttpResponse<String> answer = post("/portal/workspace/" + ID + "/goals/edit", inputs);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/portal/workspace/" + ID + "/goals?notice=goals");
        GoalsRequest sent = STRICT.readValue(saved().body(), GoalsRequest.class);
        assertThat(sent.departmentCode()).isEqualTo("130609002");
        assertThat(sent.fiscalYear()).isEqualTo(2023);
        assertThat(sent.departmentName()).isEqualTo("保定市徐水区人力资源和社会保障局");
        assertThat(sent.departmentGoals()).containsExactly(new DepartmentGoalDraft("就业服务", "职业培训", "培训1000人次", "就业补助"));
        assertThat(sent.projects()).hasSize(2);
        assertThat(sent.projects().get(0)).isEqualTo(new ProjectDraft("P1", "就业补助", "100", "120.5", "118", "稳定就业",
                List.of(new TaskDraft("职业培训", "组织技能培训")), List.of(
                new IndicatorDraft("产出指标", "数量指标", "培训人次", "≥", "1000", "人次", "60.5", "1350", null, "企业需求增加"),
                new IndicatorDraft("效益指标", "社会效益指标", "就业质量", "定性", "明显提升", null, "29.5", "达成年度指标", null, null))));
        assertThat(sent.projects().get(1)).isEqualTo(new ProjectDraft("P2", "信息化运维", "50", null, "49.99", null, List.of(), List.of()));
        assertThat(sent.selfEvaluation()).isEqualTo(new SelfEvaluationDraft("xushui-dept-2023", "84.8", "91.18",
                List.of(new ItemScoreDraft("xushui-dept-2023/a", "9.5", "10", true, "依据充分"))));

        HttpResponse<String> after = get("/portal/workspace/" + ID + "/goals?notice=goals");
        assertThat(after.body()).contains("绩效目标和指标已保存到指标服务。");
    }

    @Test
    void addingAndRemovingRowsWorksWithoutScript_andSavesNothing() throws Exception {
        Map<String, String> inputs = inputsOf(get("/portal/workspace/" + ID + "/goals/edit").body());
        inputs.put("add", "projects[0].indicators");

        HttpResponse<String> added = post("/portal/workspace/" + ID + "/goals/edit", inputs);

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("name=\"projects[0].indicators[2].name\"");
        Map<String, String> next = inputsOf(added.body());
        next.put("remove", "projects[0].indicators[0]");
        HttpResponse<String> removed = post("/portal/workspace/" + ID + "/goals/edit", next);
        assertThat(removed.body()).doesNotContain("value=\"培训人次\"").contains("value=\"就业质量\"")
                .contains("name=\"projects[0].indicators[1].name\"").doesNotContain("name=\"projects[0].indicators[2].name\"");
        assertThat(SERVICES.received).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void whenTheServiceRefuses_thenItsReasonStandsBesideTheIndicatorItNames() throws Exception {
        SERVICES.answer("POST /api/indicators/goals", 400, """
                {"type":"about:blank","title":"Bad Request","status":400,
                 "detail":"项目“就业补助”的指标“培训人次”的实际完成值1350达到目标值1000的130%及以上，应填写偏差原因。"}""");
        Map<String, String> inputs = inputsOf(get("/portal/workspace/" + ID + "/goals/edit").body());
        inputs.put("projects[0].indicators[0].deviationReason", "");

        HttpResponse<String> answer = post("/portal/workspace/" + ID + "/goals/edit", inputs);

        assertThat(answer.statusCode()).isEqualTo(400);
        String row = answer.body().substring(answer.body().indexOf("id=\"projects[0].indicators[0]\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("应填写偏差原因");
        assertThat(answer.body()).contains("指标服务未接受，未保存").contains("value=\"就业质量\"");
    }

    @Test
    void whenThereAreNoGoalsYet_thenTheFormStartsBlankWithTheDepartmentsName() throws Exception {
        SERVICES.answer("GET /api/indicators/goals", 404, "{\"detail\":\"部门 130609002 2023 年度尚未填报绩效目标。\"}");

        HttpResponse<String> page = get("/portal/workspace/" + ID + "/goals/edit");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"departmentName\" value=\"保定市徐水区人力资源和社会保障局\"")
                .contains("增加一个项目").doesNotContain("projects[0].code");
    }
}
