package cn.budgetperf.portal.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.portal.workspace.StubBudget;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The attached self-evaluation report and its report-check findings on the bureau's drill-down (budget stubbed with the
 * shapes of budget's {@code ReportController}: {@code AttachedReport} of {@code ReportDocument} and {@code CheckOutcome}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class BureauReportIT {

    private static final StubBudget SERVICES = new StubBudget();
    private static final String ID = "6f1c2b0e-3333-4a4a-9d9d-000000000003";
    private static final String SUBMISSION = """
            {"id":"%s","departmentCode":"130609001","departmentName":"保定市徐水区总工会","regionCode":"130609",
             "fiscalYear":2023,"version":2,"status":"SUBMITTED","statusLabel":"已报送",
             "figures":{"incomeTotal":"310.20","expenditureTotal":"305.10","budgetTotal":"320.00"},
             "findings":[],"blockingFindings":0,"publication":null,"document":{"threePublic":null}}
            """.formatted(ID);
    private static final String ATTACHED = """
            {"report":{"fileName":"徐水区总工会2023年度自评报告.txt","contentType":"text/plain; charset=UTF-8","size":3072,
                       "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","uploadedBy":"dept-xushui-zgh",
                       "uploadedAt":"2026-11-20T02:00:00Z"},
             "check":{"findings":[
               {"ruleId":"RC-SUM-01","severity":"ERROR","message":"各分项之和为305.10万元，报告写合计为315.10万元",
                "location":{"start":120,"end":136,"line":9,"excerpt":"支出合计315.10万元<script>"},"expected":"305.10","actual":"315.10"},
               {"ruleId":"RC-PCT-02","severity":"WARNING","message":"占比98.4%被截为98%",
                "location":{"start":300,"end":310,"line":14,"excerpt":"执行率98%"},"expected":"98.4","actual":"98"}],
              "claimsChecked":17}}""";

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
        SERVICES.answer("GET /api/budget/submissions/" + ID, 200, SUBMISSION);
    }

    @Test
    void whenTheSubmissionHasAReport_thenTheDrillDownShowsItsFileDownloadAndTheReportCheckFindingsWithLineAndEscapedExcerpt()
            throws Exception {
        SERVICES.answer("GET /api/budget/submissions/" + ID + "/report/findings", 200, ATTACHED);

        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau/submissions/" + ID, bureau);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h2 id=\"report-heading\">自评报告</h2>").contains("徐水区总工会2023年度自评报告.txt")
                .contains("href=\"/portal/bureau/submissions/" + ID + "/report/file\"").contains("共核对报告中的 17 处")
                .contains("RC-SUM-01").contains("错误").contains("各分项之和为305.10万元，报告写合计为315.10万元")
                .contains("第9行：支出合计315.10万元&lt;script&gt;").doesNotContain("315.10万元<script>")
                .contains("RC-PCT-02").contains("警告").contains("第14行：执行率98%")
                .doesNotContain("未上传自评报告").contains("审核通过");
        assertThat(SERVICES.received).anyMatch(r -> r.path().equals("/api/budget/submissions/" + ID + "/report/findings")
                && ("Bearer " + bureau).equals(r.authorization()));
    }

    @Test
    void whenTheSubmissionHasNoReport_thenTheDrillDownSaysSoAndStillShowsTheRest() throws Exception {
        SERVICES.answer("GET /api/budget/submissions/" + ID + "/report/findings", 404,
                "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"该填报（第2版）尚未上传自评报告。\"}");

        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau/submissions/" + ID, bureau);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("自评报告").contains("未上传自评报告").doesNotContain("report-findings")
                .doesNotContain("/report/file").contains("审核通过");
    }

    @Test
    void whenTheBureauDownloadsTheReport_thenTheBudgetServicesFileIsPassedOnWithItsName() throws Exception {
        byte[] content = "徐水区总工会2023年度部门整体支出绩效自评报告".getBytes(StandardCharsets.UTF_8);
        SERVICES.answerFile("GET /api/budget/submissions/" + ID + "/report", "text/plain;charset=UTF-8", content,
                "attachment; filename*=UTF-8''%E8%87%AA%E8%AF%84%E6%8A%A5%E5%91%8A.txt");

        HttpResponse<byte[]> file = new PortalHttp(port).download("/portal/bureau/submissions/" + ID + "/report/file", bureau);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(content);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("filename*=UTF-8''"));
    }

    @Test
    void whenTheBudgetServiceIsDownForTheReport_thenTheDrillDownStillWorksAndSaysSo() throws Exception {
        SERVICES.answer("GET /api/budget/submissions/" + ID + "/report/findings", 503, "{\"detail\":\"down\"}");

        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau/submissions/" + ID, bureau);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("自评报告及其检查结果暂时无法获取").doesNotContain("未上传自评报告");
    }

    @Test
    void whenADepartmentUserAsksForTheBureausDownload_thenTheChinese403PageAnswersAndNothingIsCalled() throws Exception {
        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau/submissions/" + ID + "/report/file",
                TestJwts.department("dept-xushui-zgh", "130609001", "130609"));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("无权访问");
        assertThat(SERVICES.received).isEmpty();
    }
}
