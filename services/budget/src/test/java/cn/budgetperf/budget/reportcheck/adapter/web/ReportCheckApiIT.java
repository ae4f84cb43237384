package cn.budgetperf.budget.reportcheck.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.kit.testing.TestKafka;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/budget/report-check} on the running service: text and .docx in, findings out, nothing stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class ReportCheckApiIT {

    private static final String DEPARTMENT = TestJwts.department("dept-yanbian-zgh", "510422001", "510422");
    private static final String BUREAU = TestJwts.bureau("bureau-yanbian", "510422");
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String BOUNDARY = "----reportcheck";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void whenASeedReportIsPostedAsText_thenItsFindingsComeBackWithExcerptsAndNothingIsStored() throws Exception {
        long rowsBefore = storedRows();

        HttpResponse<String> response = post(seed("001_70d2fb4dfce1c169.txt"), "text/plain; charset=UTF-8", DEPARTMENT);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("findings").size()).isEqualTo(12);
        assertThat(body.get("errors").asLong()).isEqualTo(7);
        JsonNode truncated = body.get("findings").get(2);
        assertThat(truncated.get("ruleId").asString()).isEqualTo("RC-PCT-02");
        assertThat(truncated.get("severity").asString()).isEqualTo("WARNING");
        assertThat(truncated.at("/location/excerpt").asString()).isEqualTo("基本支出200.09万元，占86.11%");
        assertThat(truncated.get("expected").asString()).isEqualTo("86.12%");
        assertThat(truncated.get("actual").asString()).isEqualTo("86.11%");
        assertThat(truncated.get("message").asString()).contains("四舍五入");
        assertThat(storedRows()).isEqualTo(rowsBefore);
    }

    @Test
    void whenADocxIsUploaded_thenItsParagraphsAndTablesAreChecked() throws Exception {
        byte[] docx = docx();

        HttpResponse<String> response = postMultipart("report.docx", DOCX, docx, BUREAU);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode findings = json.readTree(response.body()).get("findings");
        assertThat(findings.findValuesAsString("ruleId")).containsExactly("RC-SUM-01", "RC-SCO-01");
        assertThat(findings.get(0).at("/location/excerpt").asString())
                .isEqualTo("本年支出合计100万元，其中：人员经费70万元，公用经费40万元");
    }

    @Test
    void whenADocxIsPostedAsTheBody_thenItIsCheckedToo() throws Exception {
        HttpResponse<String> response = postBytes(docx(), DOCX);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("RC-SUM-01");
    }

    @Test
    void whenAConsistentReportIsPosted_thenThereAreNoFindings() throws Exception {
        HttpResponse<String> response = post("本年支出合计100万元，其中：人员经费60万元，占60%；公用经费40万元，占40%。",
                "text/plain", DEPARTMENT);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("findings").size()).isZero();
        assertThat(json.readTree(response.body()).get("claimsChecked").asInt()).isEqualTo(3);
    }

    @Test
    void whenNoTokenIsSent_thenItAnswers401() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("支出100万元")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void whenTheBodyIsEmpty_thenA400SaysTheReportIsEmpty() throws Exception {
        HttpResponse<String> response = post("", "text/plain", DEPARTMENT);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(detail(response)).contains("报告内容为空");
    }

    /**
     * Sent the way a client that waits for "100 Continue" sends it: the headers announce 20 MB and no
     * byte of the body follows, so the 413 can only come from the announced length (a client that
     * pushes all 20 MB may see the connection closed under it, as Tomcat does not swallow that much).
     */
    @Test
    void whenTheBodyIs20Megabytes_thenA413RefusesItBeforeReadingIt() throws Exception {
        String response;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST /api/budget/report-check HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + DEPARTMENT + "\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                    + "Content-Length: " + 20 * 1024 * 1024 + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            response = readResponse(socket.getInputStream());
        }

        assertThat(response).contains("HTTP/1.1 413").doesNotContain("HTTP/1.1 200");
        assertThat(response).contains("超过10 MB的上限");
    }

    @Test
    void whenATextReportIsLargerThanTheOtherEndpointsAllow_thenThisEndpointStillReadsIt() throws Exception {
        String twoMegabytes = "本年支出合计100万元，其中：人员经费60万元，公用经费40万元。\n".repeat(25_000);

        HttpResponse<String> response = post(twoMegabytes, "text/plain", DEPARTMENT);

        assertThat(twoMegabytes.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2_000_000);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void whenTheBodyIsBinaryGarbage_thenA400SaysItIsNoText() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(5).nextBytes(garbage);

        HttpResponse<String> response = postBytes(garbage, "text/plain");
        HttpResponse<String> nulls = postBytes(new byte[512], "text/plain");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(detail(response)).contains("UTF-8");
        assertThat(nulls.statusCode()).isEqualTo(400);
        assertThat(detail(nulls)).contains("二进制");
    }

    @Test
    void whenTheTextIsNotUtf8_thenA400AsksForUtf8() throws Exception {
        byte[] gbk = "本年支出合计100万元，其中：人员经费60万元。".getBytes(Charset.forName("GBK"));

        HttpResponse<String> response = postBytes(gbk, "text/plain");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(detail(response)).contains("不是有效的UTF-8文本");
    }

    @Test
    void whenTheCharsetIsDeclaredAsGbk_thenA415AsksForUtf8() throws Exception {
        HttpResponse<String> response = post("支出100万元", "text/plain; charset=GBK", DEPARTMENT);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(detail(response)).contains("UTF-8");
    }

    @Test
    void whenADocxIsNotAZip_thenA400SaysItIsNoDocx() throws Exception {
        HttpResponse<String> response = postMultipart("report.docx", DOCX,
                "这不是Word文件".getBytes(StandardCharsets.UTF_8), DEPARTMENT);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(detail(response)).contains("不是有效的.docx文件");
    }

    @Test
    void whenADocxIsAZipButNoWordDocument_thenA400SaysItCannotBeRead() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        HttpResponse<String> response = postMultipart("report.docx", DOCX, zip.toByteArray(), DEPARTMENT);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(detail(response)).contains("无法读取该.docx文件");
    }

    @Test
    void whenAnOldDocIsUploaded_thenA415AsksForDocx() throws Exception {
        HttpResponse<String> response = postMultipart("report.doc", "application/msword", new byte[] {1, 2, 3}, DEPARTMENT);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(detail(response)).contains("另存为.docx");
    }

    @Test
    void whenTheUploadHasNoFileField_thenA400NamesTheField() throws Exception {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n";

        HttpResponse<String> response = http.send(request(DEPARTMENT).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(detail(response)).contains("file");
    }

    @Test
    void whenTheContentTypeIsJson_thenA415SaysWhatIsAccepted() throws Exception {
        HttpResponse<String> response = post("{\"text\":\"支出100万元\"}", "application/json", DEPARTMENT);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(detail(response)).contains("不支持的内容类型");
    }

    /** What the server answers (an interim "100 Continue" included) up to the JSON body's closing brace. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int n;
        while ((n = in.read(buffer)) > 0) {
            read.write(buffer, 0, n);
            String text = read.toString(StandardCharsets.UTF_8);
            if (text.lastIndexOf('}') > text.lastIndexOf("\r\n\r\n")) {
                break;
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    private long storedRows() {
        return jdbc.queryForObject("select (select count(*) from submission) + (select count(*) from outbox_event)", Long.class);
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = ReportCheckApiIT.class.getResourceAsStream("/reportcheck/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A paragraph whose parts exceed its total, and a score table whose items add up to 25 while it states 26. */
    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("本年支出合计100万元，其中：人员经费70万元，公用经费40万元。");
            XWPFTable table = document.createTable(5, 4);
            String[][] cells = {{"指标", "分值", "指标解释", "自评得分"}, {"预算编制", "10", "是否按要求编制", "9"},
                {"预算执行", "10", "执行进度", "8"}, {"信息公开", "10", "是否公开", "8"}, {"得分合计", "", "", "26"}};
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < 4; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private String detail(HttpResponse<String> response) {
        return json.readTree(response.body()).get("detail").asString();
    }

    private HttpResponse<String> post(String body, String contentType, String token) throws Exception {
        return http.send(request(token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postBytes(byte[] body, String contentType) throws Exception {
        return http.send(request(DEPARTMENT).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postMultipart(String fileName, String type, byte[] content, String token) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(request(token).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String token) {
        return HttpRequest.newBuilder(uri()).header("Authorization", "Bearer " + token);
    }

    private URI uri() {
        return URI.create("http://localhost:" + port + "/api/budget/report-check");
    }
}
