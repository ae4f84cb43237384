package cn.budgetperf.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestJwts;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The self-evaluation report with its report-check findings, and the preview of the public page, in the workspace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class ReportAndPreviewIT {

    private static final StubBudget BUDGET = new StubBudget();
    private static final String ID = "6f1c2b0e-1111-4a4a-9d9d-000000000004";
    private static final String SUBMISSION = """
            {"id":"%s","departmentCode":"130609003","departmentName":"漕河镇人民政府","fiscalYear":2023,"version":1,
             "status":"DRAFT","statusLabel":"草稿","findings":[],"blockingFindings":0,
             "figures":{"incomeTotal":"1210.5","expenditureTotal":"1180.25","budgetTotal":"1250"},
             "document":{"departmentCode":"130609003","fiscalYear":2023,
               "income":{"generalPublicBudget":{"budget":"1000","actual":"1100.5"},"total":{"actual":"1210.5"}},
               "threePublic":{"reception":{"actual":"1.234"}},
               "functionalLines":[{"code":"201","name":"一般公共服务支出","actual":"300"}],
               "selfEvaluation":{"statedTotal":91.5}}}""".formatted(ID);
    private static final String ATTACHED = """
            {"report":{"fileName":"自评报告.docx","contentType":"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                       "size":20480,"uploadedBy":"dept-xushui-chz","uploadedAt":"2026-11-24T01:00:00Z"},
             "check":{"claimsChecked":12,"findings":[{"ruleId":"RC-SUM","severity":"ERROR","message":"各项之和为100.00万元，报告写为110.00万元",
               "location":{"start":10,"end":20,"line":7,"excerpt":"合计110万元<i>"},"expected":"100.00","actual":"110.00"}]}}""";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        BUDGET.register(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String department = TestJwts.department("dept-xushui-chz", "130609003", "130609");

    @BeforeEach
    void reset() {
        BUDGET.reset();
        BUDGET.answer("GET /api/budget/submissions/" + ID, 200, SUBMISSION);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .header("Authorization", "Bearer " + department).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String fileName, String type, byte[] content) throws Exception {
        String boundary = "----portal-report-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"submission\"\r\n\r\n" + ID + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/workspace/report"))
                .header("Accept", "text/html").header("Authorization", "Bearer " + department)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whenAReportIsAttached_thenItsFileAndTheReportCheckFindingsWithLineAndExcerptAreShown() throws Exception {
        BUDGET.answer("GET /api/budget/submissions/" + ID + "/report/findings", 200, ATTACHED);

        HttpResponse<String> page = get("/portal/workspace/" + ID + "/report");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("自评报告.docx").contains("20 KB").contains("共核对报告中的 12 处")
                .contains("错误").contains("各项之和为100.00万元，报告写为110.00万元").contains("第7行：合计110万元&lt;i&gt;")
                .contains("重新上传自评报告");
    }

    @Test
    void whenNoReportIsAttachedYet_thenThePageSaysSoAndOffersTheUpload() throws Exception {
        BUDGET.answer("GET /api/budget/submissions/" + ID + "/report/findings", 404, "{\"detail\":\"该填报（第1版）尚未上传自评报告。\"}");

        HttpResponse<String> page = get("/portal/workspace/" + ID + "/report");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("本版本尚未上传自评报告").contains("上传自评报告").contains("<progress");
    }

    @Test
    void whenADocxIsUploaded_thenItGoesToTheBudgetServiceAsDocxWithItsNameAndThePageRedirects() throws Exception {
        BUDGET.answer("PUT /api/budget/submissions/" + ID + "/report", 200, ATTACHED);

        HttpResponse<String> answer = upload("自评报告 & 附件.docx", "application/octet-stream", "PK docx".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).isEqualTo("/portal/workspace/" + ID + "/report?notice=report");
        StubBudget.Received sent = BUDGET.received.get(0);
        assertThat(sent.method()).isEqualTo("PUT");
        assertThat(sent.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(URLDecoder.decode(sent.query(), StandardCharsets.UTF_8)).isEqualTo("name=自评报告 & 附件.docx");
        assertThat(sent.body()).isEqualTo("PK docx");
    }

    @Test
    void whenTheBudgetServiceRefusesTheFile_thenItsChineseReasonIsShownAndTheOldReportStays() throws Exception {
        BUDGET.answer("PUT /api/budget/submissions/" + ID + "/report", 415, "{\"detail\":\"不支持旧版 .doc 文件，请另存为 .docx 后上传。\"}");
        BUDGET.answer("GET /api/budget/submissions/" + ID + "/report/findings", 200, ATTACHED);

        HttpResponse<String> page = upload("报告.doc", "application/msword", new byte[] {1, 2, 3});

        assertThat(page.statusCode()).isEqualTo(415);
        assertThat(page.body()).contains("不支持旧版 .doc 文件").contains("原有报告未改变").contains("自评报告.docx");
    }

    @Test
    void whenTheReportIsLargerThanTheLimit_thenItsSizeIsNamedAndNothingIsSent() throws Exception {
        BUDGET.answer("GET /api/budget/submissions/" + ID + "/report/findings", 404, "{\"detail\":\"无\"}");

        HttpResponse<String> page = upload("报告.docx", "application/octet-stream", new byte[2 * 1024 * 1024]);

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("文件大小为 2 MB，超过 1 MB 的上限");
        assertThat(BUDGET.received).noneMatch(r -> r.method().equals("PUT"));
    }

    @Test
    void whenThePreviewIsOpened_thenTheStandardTablesShowInWanYuanMarkedAsPreview() throws Exception {
        HttpResponse<String> page = get("/portal/workspace/" + ID + "/preview");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("部门决算公开（预览）").contains("id=\"preview-banner\"").contains("尚未公开")
                .contains("1210.50").contains("1180.25").contains("一般公共预算财政拨款收入").contains("1100.50")
                .contains("公务接待费").contains("1.23").contains("201 一般公共服务支出").contains("300.00").contains("91.5")
                .contains("支出决算表（预览）").contains("本表尚未填报");
    }
}
