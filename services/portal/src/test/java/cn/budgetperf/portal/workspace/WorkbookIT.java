package cn.budgetperf.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestJwts;
import java.io.ByteArrayOutputStream;
import java.net.URI;
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

/** The workbook in the workspace: template, upload with every bad cell listed, export, and files refused for their size. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class WorkbookIT {

    private static final StubBudget BUDGET = new StubBudget();
    private static final String ID = "6f1c2b0e-1111-4a4a-9d9d-000000000002";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] WORKBOOK = "PK\u0003\u0004 a small workbook".getBytes(StandardCharsets.ISO_8859_1);

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

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + department).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> upload(String fileName, byte[] content) throws Exception {
        String boundary = "----portal-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/workspace/xlsx"))
                .header("Accept", "text/html").header("Authorization", "Bearer " + department)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whenTheTemplateIsDownloaded_thenTheBudgetServicesWorkbookArrivesWithItsFileName() throws Exception {
        BUDGET.answerFile("GET /api/budget/workbook/template.xlsx", XLSX, WORKBOOK, "attachment; filename=\"template.xlsx\"");

        HttpResponse<byte[]> file = get("/portal/workspace/template.xlsx?year=2024");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith(XLSX);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("template.xlsx");
        assertThat(file.body()).isEqualTo(WORKBOOK);
        assertThat(BUDGET.received.get(0).query()).isEqualTo("year=2024");
        assertThat(BUDGET.received.get(0).authorization()).isEqualTo("Bearer " + department);
    }

    @Test
    void whenTheTemplateYearIsNotAYear_thenAChinese400AnswersAndNothingIsAsked() throws Exception {
        HttpResponse<byte[]> page = get("/portal/workspace/template.xlsx?year=abc");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("年度应为 2000 至 2099 之间的四位数字");
        assertThat(BUDGET.received).isEmpty();
    }

    @Test
    void whenASubmissionIsExported_thenItsWorkbookArrives() throws Exception {
        BUDGET.answerFile("GET /api/budget/submissions/" + ID + "/xlsx", XLSX, WORKBOOK, "attachment; filename=\"130609002-2023-v2.xlsx\"");

        HttpResponse<byte[]> file = get("/portal/workspace/" + ID + "/export.xlsx");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("130609002-2023-v2.xlsx");
        assertThat(file.body()).isEqualTo(WORKBOOK);
    }

    @Test
    void whenAGoodWorkbookIsUploaded_thenItGoesToTheBudgetServiceAndThePageRedirectsToTheDraft() throws Exception {
        BUDGET.answer("POST /api/budget/submissions/xlsx", 200, "{\"id\":\"" + ID + "\",\"status\":\"DRAFT\"}");

        HttpResponse<String> answer = upload("填报.xlsx", WORKBOOK);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).isEqualTo("/portal/workspace/" + ID + "?notice=uploaded");
        StubBudget.Received sent = BUDGET.received.get(0);
        assertThat(sent.bytes()).isEqualTo(WORKBOOK);
        assertThat(sent.contentType()).startsWith(XLSX);
        assertThat(sent.authorization()).isEqualTo("Bearer " + department);
    }

    @Test
    void whenTheWorkbookHasBadCells_thenEveryCellIsListedInChineseWith400() throws Exception {
        BUDGET.answer("POST /api/budget/submissions/xlsx", 400, """
                {"detail":"工作簿有2个单元格有误，未保存；请按列出的位置逐一修改。第一处：收入决算表!C5 应为数字",
                 "errors":[{"sheet":"收入决算表","row":5,"column":"C","cell":"C5","message":"应为以万元为单位的数字，不能是文字"},
                           {"sheet":"三公经费","row":7,"column":"D","cell":"D7","message":"不能为负数<b>"}]}""");

        HttpResponse<String> page = upload("填报.xlsx", WORKBOOK);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("未导入").contains("工作簿有2个单元格有误").contains("草稿未改变")
                .contains("收入决算表").contains("C5").contains("应为以万元为单位的数字，不能是文字")
                .contains("三公经费").contains("D7").contains("不能为负数&lt;b&gt;").doesNotContain("不能为负数<b>");
    }

    @Test
    void whenTheWorkbookIsCorrupt_thenTheBudgetServicesChineseReasonIsShownWith400() throws Exception {
        BUDGET.answer("POST /api/budget/submissions/xlsx", 400,
                "{\"detail\":\"文件不是有效的 .xlsx 工作簿（可能已损坏，或是旧版 .xls），请用模板重新填写后上传。\",\"errors\":[]}");

        HttpResponse<String> page = upload("损坏.xlsx", "这不是工作簿".getBytes(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("文件不是有效的 .xlsx 工作簿").contains("草稿未改变").doesNotContain("id=\"cell-errors\"");
    }

    @Test
    void whenNoFileIsChosen_thenAChinese400AnswersAndNothingIsSent() throws Exception {
        HttpResponse<String> page = upload("", new byte[0]);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("没有收到文件");
        assertThat(BUDGET.received).isEmpty();
    }

    @Test
    void whenTheFileIsLargerThanTheBudgetServiceTakes_thenItsSizeIsNamedInChineseWith413AndNothingIsSent() throws Exception {
        HttpResponse<String> page = upload("大文件.xlsx", new byte[3 * 1024 * 1024 + 100 * 1024]);

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("文件大小为 3.1 MB，超过 1 MB 的上限").contains("草稿未改变");
        assertThat(BUDGET.received).isEmpty();
    }

    @Test
    void whenAFileOf50MegabytesIsSent_thenTheAnswerIs413InChineseAndNothingIsSent() throws Exception {
        HttpResponse<String> answer = upload("50MB.xlsx", new byte[50 * 1024 * 1024]);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("上限");
        assertThat(BUDGET.received).isEmpty();
    }

    @Test
    void whenTheWorkspaceIsOpened_thenTheUploadFormWithItsProgressBarAndTemplateLinkIsThere() throws Exception {
        BUDGET.answer("GET /api/budget/submissions", 200, "[]");

        String page = new String(get("/portal/workspace").body(), StandardCharsets.UTF_8);

        assertThat(page).contains("enctype=\"multipart/form-data\"").contains("<progress").contains("data-max-bytes=\"1048576\"")
                .contains("/portal/workspace/template.xlsx").contains("<label for=\"file\">").contains("/portal/js/upload.js");
    }
}
