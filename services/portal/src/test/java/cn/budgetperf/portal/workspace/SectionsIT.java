package cn.budgetperf.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestJwts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The forms for the rest of the document: one page per section, saved through the budget service, findings beside the fields. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class SectionsIT {

    private static final StubBudget BUDGET = new StubBudget();
    private static final String ID = "6f1c2b0e-1111-4a4a-9d9d-000000000005";
    private static final String SUBMISSION = """
            {"id":"%s","departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","fiscalYear":2023,"version":1,
             "status":"%s","statusLabel":"草稿","blockingFindings":1,
             "findings":[{"ruleId":"SUM-003","severity":"ERROR","message":"'三公'经费合计应为各项之和3.00万元<b>","location":"threePublic.total.actual"},
                         {"ruleId":"CNT-001","severity":"WARNING","message":"公务接待批次为0但有接待费","location":"threePublic.receptionBatches"},
                         {"ruleId":"EXEC-002","severity":"WARNING","message":"不属于本部分","location":"figures.budgetTotal"}],
             "document":{"departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","fiscalYear":2023,
               "threePublic":{"reception":{"actual":"1.5"},"total":{"actual":"4"},"receptionBatches":0},
               "functionalLines":[{"code":"208","name":"社会保障和就业支出","actual":"54.82"}],"projects":{"complete":true}}}""";

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
        BUDGET.answer("GET /api/budget/submissions/" + ID, 200, SUBMISSION.formatted(ID, "DRAFT"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .header("Authorization", "Bearer " + department).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .header("Authorization", "Bearer " + department).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whenASectionIsOpened_thenItsFieldsHoldTheDocumentAndEachFindingStandsBesideItsRowOrField() throws Exception {
        HttpResponse<String> page = get("/portal/workspace/" + ID + "/sections/three-public");

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("“三公”经费、会议费、培训费和机关运行经费").contains("value=\"1.5\"").contains("公务接待费")
                .contains("&lt;b&gt;").doesNotContain("万元<b>").doesNotContain("不属于本部分");
        int row = body.indexOf("id=\"findings-threePublic.total\"");
        assertThat(row).isPositive();
        assertThat(body.indexOf("经费合计应为各项之和3.00万元", row)).isGreaterThan(row);
        int field = body.indexOf("id=\"findings-threePublic.receptionBatches\"");
        assertThat(body.indexOf("公务接待批次为0但有接待费", field)).isGreaterThan(field);
        assertThat(body).contains("<label for=\"threePublic.receptionBatches\">");
    }

    @Test
    void whenASectionIsSaved_thenTheWholeDocumentGoesToTheBudgetServiceWithTheChangeAndThePageRedirects() throws Exception {
        BUDGET.answer("POST /api/budget/submissions", 200, SUBMISSION.formatted(ID, "DRAFT"));

        HttpResponse<String> answer = post("/portal/workspace/" + ID + "/sections/three-public",
                Map.of("threePublic.total.actual", "1.5", "threePublic.reception.actual", "1.5", "threePublic.receptionBatches", "3"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow())
                .isEqualTo("/portal/workspace/" + ID + "/sections/three-public?notice=saved");
        String sent = BUDGET.received.get(1).body();
        assertThat(sent).contains("\"receptionBatches\":3").contains("\"total\":{\"actual\":\"1.5\"}")
                .contains("\"functionalLines\":[{\"code\":\"208\"").contains("\"projects\":{\"complete\":true}");
    }

    @Test
    void whenAnInputIsWrong_thenTheFormAnswers400InChineseWithWhatWasTypedAndNothingIsSent() throws Exception {
        HttpResponse<String> page = post("/portal/workspace/" + ID + "/sections/three-public",
                Map.of("threePublic.total.actual", "三元", "threePublic.receptionBatches", "-2"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("“三公”经费合计 · 决算数应为以万元为单位的数字").contains("公务接待批次应为不小于 0 的整数")
                .contains("value=\"三元\"");
        assertThat(BUDGET.received).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void whenTheTableOfFunctionalLinesIsShown_thenExistingRowsAndBlankRowsAreThereEachLabelled() throws Exception {
        HttpResponse<String> page = get("/portal/workspace/" + ID + "/sections/functional");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"functionalLines[0].code\"").contains("value=\"208\"")
                .contains("name=\"functionalLines[3].actual\"").doesNotContain("name=\"functionalLines[4].actual\"")
                .contains("aria-labelledby=\"trow-0 tcol-code\"");
    }

    @Test
    void whenTheSubmissionIsNoLongerADraft_thenTheFieldsAreReadOnlyWithoutASaveButton() throws Exception {
        BUDGET.answer("GET /api/budget/submissions/" + ID, 200, SUBMISSION.formatted(ID, "SUBMITTED"));

        HttpResponse<String> page = get("/portal/workspace/" + ID + "/sections/profile");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("disabled").doesNotContain("保存并校验");
    }

    @Test
    void whenASectionDoesNotExist_thenAChinese400Answers() throws Exception {
        HttpResponse<String> page = get("/portal/workspace/" + ID + "/sections/nonsense");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("没有这一部分");
    }
}
