package cn.budgetperf.publication.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.budgetperf.contracts.budget.v1.AmountLine;
import cn.budgetperf.contracts.budget.v1.CountPart;
import cn.budgetperf.contracts.budget.v1.FiguresSnapshot;
import cn.budgetperf.contracts.budget.v1.ProfileSummary;
import cn.budgetperf.contracts.budget.v1.ProjectLine;
import cn.budgetperf.contracts.budget.v1.ScoreLine;
import cn.budgetperf.contracts.budget.v1.SelfEvaluationSummary;
import cn.budgetperf.contracts.budget.v1.SubmissionChanged;
import cn.budgetperf.contracts.budget.v1.SubmissionStatus;
import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.indicator.v1.DepartmentGoal;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.indicator.v1.Indicator;
import cn.budgetperf.contracts.indicator.v1.ProjectGoals;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.contracts.values.RegionCode;
import cn.budgetperf.kit.events.EventCodec;
import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.kit.testing.TestKafka;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Events in, the bureau's publication steps, public pages out — on a real PostgreSQL and a real Kafka
 * broker. Each test uses department codes of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class PublicPageIT {

    private static final String BUREAU = TestJwts.bureau("bureau-yanbian", "510422");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private void submission(String department, String name, SubmissionStatus status, long revision) {
        SubmissionChanged payload = new SubmissionChanged(UUID.randomUUID(), 1, status, name, RegionCode.of("510422"),
                new FiguresSnapshot(Money.parse("232.34"), Money.parse("232.34"), Money.parse("316.23")), null);
        EventEnvelope<SubmissionChanged> event = EventEnvelope.of(status.eventType(), DepartmentCode.of(department),
                FiscalYear.of(2024), revision, payload);
        kafka.send(SubmissionChanged.TOPIC, event.key(), codec.write(event)).join();
    }

    private void score(String department, long version, String rate) {
        ScoreComputed payload = new ScoreComputed(1, new BigDecimal(rate), new BigDecimal("7.35"), BigDecimal.TEN,
                new BigDecimal("73.50"), "中", List.of());
        EventEnvelope<ScoreComputed> event = EventEnvelope.of(ScoreComputed.TYPE, DepartmentCode.of(department), FiscalYear.of(2024),
                version, payload);
        kafka.send(ScoreComputed.TOPIC, event.key(), codec.write(event)).join();
    }

    /** An accepted and scored department-year, ready to publish. */
    private void acceptedAndScored(String department, String name) {
        score(department, 1, "73.47");
        submission(department, name, SubmissionStatus.ACCEPTED, 4);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from report_view where id = ? and submission_status = 'ACCEPTED' and score_version > 0",
                Integer.class, department + ":2024") == 1);
    }

    @Test
    void whenTheBureauPublishes_thenThePageIndexAndJsonShowTheTotalsAndScore() throws Exception {
        acceptedAndScored("510422901", "盐边县总工会");
        assertThat(page("/public/reports/510422901/2024").statusCode()).isEqualTo(404);

        HttpResponse<String> published = api("/api/publication/510422901/2024/publish", "", BUREAU);

        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(published.body()).contains("\"version\":1").contains("\"action\":\"PUBLISHED\"");
        assertThat(page("/public/reports/510422901/2024").body())
                .contains("盐边县总工会2024年度部门决算及绩效自评公开")
                .contains("本年支出合计232.34万元，全年预算数316.23万元")
                .contains("预算执行率为73.47%").contains("评价等级为“中”").contains("盐边县")
                .contains("第1版").contains("已经财政部门审核");
        assertThat(page("/public/").body()).contains("/public/reports/510422901/2024");
        assertThat(json("/public/reports/510422901/2024.json").body())
                .contains("\"departmentName\":\"盐边县总工会\"").contains("\"budgetTotal\":\"316.23\"").contains("\"grade\":\"中\"");
        assertThat(jdbc.queryForObject("select event_type from outbox_event where message_key = '510422901:2024'", String.class))
                .isEqualTo("publication.report.published");
    }

    @Test
    void whenTheSubmissionIsOnlySubmitted_thenPublishingIsRefusedAndNothingIsPublic() throws Exception {
        score("510422902", 1, "73.47");
        submission("510422902", "未审核的部门", SubmissionStatus.SUBMITTED, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from report_view where id = '510422902:2024' and score_version > 0 and submission_revision > 0", Integer.class) == 1);

        HttpResponse<String> refused = api("/api/publication/510422902/2024/publish", "", BUREAU);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("尚未经财政部门审核通过");
        assertThat(page("/public/reports/510422902/2024").statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from published_version where department_code = '510422902'", Integer.class)).isZero();
    }

    @Test
    void whenSomeoneOtherThanTheRegionsBureauPublishes_thenItIsForbidden() throws Exception {
        acceptedAndScored("510422903", "盐边县某局");

        HttpResponse<String> otherBureau = api("/api/publication/510422903/2024/publish", "", TestJwts.bureau("bureau-xushui", "130609"));
        HttpResponse<String> department = api("/api/publication/510422903/2024/publish", "", TestJwts.department("d", "510422903", "510422"));
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/publication/510422903/2024/publish"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(otherBureau.statusCode()).isEqualTo(403);
        assertThat(department.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(page("/public/reports/510422903/2024").statusCode()).isEqualTo(404);
    }

    @Test
    void whenCorrected_thenTheNewVersionShowsTheNoteAndTheOldVersionStaysReadable() throws Exception {
        acceptedAndScored("510422904", "盐边县更正测试单位");
        api("/api/publication/510422904/2024/publish", "", BUREAU);
        score("510422904", 2, "80.00");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select score_version from report_view where id = '510422904:2024'", Long.class) == 2);

        HttpResponse<String> corrected = api("/api/publication/510422904/2024/correct", "{\"note\":\"更正预算执行率\"}", BUREAU);

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(page("/public/reports/510422904/2024").body()).contains("第2版").contains("更正说明：<span>更正预算执行率</span>")
                .contains("预算执行率为80.00%");
        assertThat(page("/public/reports/510422904/2024/v/1").body()).contains("预算执行率为73.47%").contains("这是历史版本")
                .contains("查看当前版本（第2版）");
        assertThat(page("/public/reports/510422904/2024/versions").body()).contains("第1版").contains("第2版").contains("更正预算执行率");
        assertThat(api("/api/publication/510422904/2024/correct", "{\"note\":\"\"}", BUREAU).body()).contains("请填写更正说明");
    }

    @Test
    void whenWithdrawn_thenThePageSaysSoTheIndexDropsItAndEarlierVersionsRemain() throws Exception {
        acceptedAndScored("510422905", "盐边县撤回测试单位");
        api("/api/publication/510422905/2024/publish", "", BUREAU);

        HttpResponse<String> withdrawn = api("/api/publication/510422905/2024/withdraw", "{\"note\":\"数据待核实\"}", BUREAU);

        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(page("/public/reports/510422905/2024").body()).contains("该报告已撤回").contains("数据待核实")
                .contains("/public/reports/510422905/2024/v/1");
        assertThat(page("/public/").body()).doesNotContain("/public/reports/510422905/2024");
        assertThat(json("/public/reports/510422905/2024.json").statusCode()).isEqualTo(404);
        assertThat(page("/public/reports/510422905/2024/v/1").statusCode()).isEqualTo(200);
    }

    @Test
    void whenADepartmentNameHoldsAScript_thenThePageShowsItEscaped() throws Exception {
        acceptedAndScored("510422906", "<script>alert('x')</script>工会");
        api("/api/publication/510422906/2024/publish", "", BUREAU);

        HttpResponse<String> page = page("/public/reports/510422906/2024");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;工会");
        HttpResponse<byte[]> pdf = bytes("/public/reports/510422906/2024.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("<script>alert('x')</script>工会2024年度部门决算及绩效自评公开");
        }
    }

    @Test
    void whenPublished_thenThePdfTheSpreadsheetAndTheRegionYearZipDownloadAndThePageLinksToThem() throws Exception {
        acceptedAndScored("510422908", "盐边县下载测试局");
        api("/api/publication/510422908/2024/publish", "", BUREAU);

        String page = page("/public/reports/510422908/2024").body();
        HttpResponse<byte[]> pdf = bytes("/public/reports/510422908/2024.pdf");
        HttpResponse<byte[]> xlsx = bytes("/public/reports/510422908/2024/v/1.xlsx");
        HttpResponse<byte[]> zip = bytes("/public/downloads/510422/2024.zip");

        assertThat(page).contains("href=\"/public/reports/510422908/2024.pdf\"").contains("href=\"/public/reports/510422908/2024.xlsx\"")
                .contains("<svg").contains("收入支出决算总表").contains("本表无数据").contains("名词解释");
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("盐边县下载测试局2024年度部门决算及绩效自评公开").contains("预算执行率为73.47%");
        }
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheet("01 收入支出总体情况").getRow(4).getCell(1).getRawValue()).isEqualTo("316.23");
        }
        assertThat(zip.statusCode()).isEqualTo(200);
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("510422908-2024.json", "510422908-2024.xlsx", "README.txt");
        assertThat(page("/public/").body()).contains("/public/downloads/510422/2024.zip").contains("/public/reports/510422908/2024.pdf");
        assertThat(bytes("/public/downloads/510422/1999.zip").statusCode()).isEqualTo(404);
    }

    private static AmountLine line(String key, String name, String actual, String prior) {
        return new AmountLine(key, name, Money.parse(actual), null, Money.parse(actual), prior == null ? null : Money.parse(prior));
    }

    @Test
    void whenTheSubmissionCarriesYanbians2024Tables_thenThePageStatesTheGeneratedSentencesAndTheTableCells() throws Exception {
        FiguresSnapshot figures = new FiguresSnapshot(Money.parse("232.34"), Money.parse("232.34"), Money.parse("232.34"),
                List.of(line("generalPublicBudget", "一般公共预算财政拨款收入", "232.34", "316.23"), line("total", "本年收入合计", "232.34", "316.23")),
                List.of(line("basic", "基本支出", "200.09", null), line("personnel", "人员经费", "184.56", null),
                        line("publicFunds", "公用经费", "15.52", null), line("project", "项目支出", "32.25", null),
                        line("total", "本年支出合计", "232.34", "316.23")),
                List.of(line("201", "一般公共服务支出", "160.45", null), line("208", "社会保障和就业支出", "44.72", null),
                        line("210", "卫生健康支出", "14.26", null), line("221", "住房保障支出", "12.91", null)),
                List.of(line("reception", "公务接待费", "0.09", "0.05"), line("total", "“三公”经费合计", "0.09", "0.05")),
                List.of(), List.of(), List.of(), null,
                new SelfEvaluationSummary("盐边县部门预算绩效自评打分表", null, null, null, List.of(),
                        List.of("<script>alert('x')</script>宣传力度不够"), List.of("加强宣传"), null));
        SubmissionChanged payload = new SubmissionChanged(UUID.randomUUID(), 1, SubmissionStatus.ACCEPTED, "盐边县总工会",
                RegionCode.of("510422"), figures, null);
        EventEnvelope<SubmissionChanged> event = EventEnvelope.of(SubmissionStatus.ACCEPTED.eventType(), DepartmentCode.of("510422911"),
                FiscalYear.of(2024), 4, payload);
        score("510422911", 1, "100.00");
        kafka.send(SubmissionChanged.TOPIC, event.key(), codec.write(event)).join();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from report_view where id = '510422911:2024' and details is not null and score_version > 0", Integer.class) == 1);

        api("/api/publication/510422911/2024/publish", "", BUREAU);
        String page = page("/public/reports/510422911/2024").body();

        assertThat(page).contains("与2023年度的316.23万元相比，收入、支出合计各减少83.89万元，下降26.53%。")
                .contains("主要用于以下方面：一般公共服务支出160.45万元，占69.06%；社会保障和就业支出44.72万元，占19.25%；"
                        + "卫生健康支出14.26万元，占6.14%；住房保障支出12.91万元，占5.56%。")
                .contains("基本支出200.09万元，占86.12%").contains("较上年度增加0.04万元，增长80.00%")
                .contains("一般公共预算财政拨款支出决算表（按功能分类科目）").contains("<th scope=\"row\">201</th>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;宣传力度不够").doesNotContain("<script>alert")
                .contains("id=\"chart-functional\"");
        try (PDDocument document = Loader.loadPDF(bytes("/public/reports/510422911/2024.pdf").body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains("下降26.53%")
                    .contains("<script>alert('x')</script>宣传力度不够");
        }
    }

    @Test
    void whenTheBureauReScoredAndPublished_thenThePageShowsSelfScoreAndReviewSideBySideTheProfileEscapedAndTheJsonCarriesEveryFigure() throws Exception {
        FiguresSnapshot figures = new FiguresSnapshot(Money.parse("232.34"), Money.parse("232.34"), Money.parse("316.23"),
                List.of(line("generalPublicBudget", "一般公共预算财政拨款收入", "232.34", "316.23"), line("total", "本年收入合计", "232.34", "316.23")),
                List.of(line("basic", "基本支出", "200.09", null), line("project", "项目支出", "32.25", null),
                        line("total", "本年支出合计", "232.34", "316.23")),
                List.of(line("201", "一般公共服务支出", "160.45", null)),
                List.of(line("reception", "公务接待费", "0.09", "0.05"), line("total", "“三公”经费合计", "0.09", "0.05")),
                List.of(line("meeting", "会议费", "0.5", null)), List.of(line("total", "政府采购支出总额", "3.2", null)),
                List.of(new ProjectLine("P-01", "春节送温暖", "ONGOING", Money.parse("1.6"), null, Money.parse("1.6"), null,
                        new BigDecimal("95"))),
                new ProfileSummary("行政单位", "正科级", "财政拨款", List.of("办公室", "<b>组织部</b>"), 0, 4, 7, 10,
                        List.of("维护职工群众的经济效益和民主权益。", "<script>alert('x')</script>教育职工不断提高思想政治觉悟和文化素质。"),
                        List.of(new CountPart("其他事业单位", 1)), List.of(new CountPart("公务员编制", 3), new CountPart("工勤编制", 1)),
                        List.of(new CountPart("公务员", 3), new CountPart("工勤人员", 1), new CountPart("事业人员", 3))),
                new SelfEvaluationSummary("盐边县部门预算绩效自评打分表", new BigDecimal("94"), new BigDecimal("100"), new BigDecimal("94"),
                        List.of(new ScoreLine("预算编制质量", "预算管理", new BigDecimal("10"), new BigDecimal("9"), true, false, null)),
                        List.of("宣传力度不够"), List.of("加强宣传"), "整改到位"));
        SubmissionChanged payload = new SubmissionChanged(UUID.randomUUID(), 1, SubmissionStatus.ACCEPTED, "盐边县复核测试局",
                RegionCode.of("510422"), figures, null);
        EventEnvelope<SubmissionChanged> submission = EventEnvelope.of(SubmissionStatus.ACCEPTED.eventType(),
                DepartmentCode.of("510422912"), FiscalYear.of(2024), 4, payload);
        ScoreComputed reviewed = new ScoreComputed(4, new BigDecimal("73.47"), new BigDecimal("84.80"), new BigDecimal("100.00"),
                new BigDecimal("84.80"), "良",
                List.of(new cn.budgetperf.contracts.scoring.v1.ScoreItem("report/problems", "问题整改", new BigDecimal("20"),
                        new BigDecimal("16"), "复核", new BigDecimal("20"), "问题原因分析不够全面")),
                null, null, BigDecimal.ZERO, new BigDecimal("93.00"), new BigDecimal("93.00"), "优", true, List.of(), List.of(), "r1");
        EventEnvelope<ScoreComputed> score = EventEnvelope.of(ScoreComputed.TYPE, DepartmentCode.of("510422912"), FiscalYear.of(2024),
                2, reviewed);
        kafka.send(SubmissionChanged.TOPIC, submission.key(), codec.write(submission)).join();
        kafka.send(ScoreComputed.TOPIC, score.key(), codec.write(score)).join();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from report_view where id = '510422912:2024' and details is not null and score_version = 2", Integer.class) == 1);

        assertThat(api("/api/publication/510422912/2024/publish", "", BUREAU).statusCode()).isEqualTo(200);
        String page = page("/public/reports/510422912/2024").body();
        tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(json("/public/reports/510422912/2024.json").body());

        assertThat(page).contains("<caption>绩效自评得分及财政复核得分</caption>")
                .contains("<th scope=\"col\" class=\"num\">部门自评</th><th scope=\"col\" class=\"num\">财政复核（公开结果）</th>")
                .contains("<th scope=\"row\">自评得分 / 复核得分</th><td class=\"num\">93.00 / 100.00</td><td class=\"num\">84.80 / 100.00</td>")
                .contains("<th scope=\"row\">评价等级</th><td class=\"num\">优</td><td class=\"num\">良</td>")
                .contains("&lt;b&gt;组织部&lt;/b&gt;").doesNotContain("<b>组织部</b>")
                .contains("<h3>（一）部门职责</h3>").contains("<li>维护职工群众的经济效益和民主权益。</li>")
                .contains("<li>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;教育职工不断提高思想政治觉悟和文化素质。</li>")
                .doesNotContain("<script>alert").contains("<td>4人（其中：公务员编制3人，工勤编制1人）</td>")
                .contains("<td>7人（其中：公务员3人，工勤人员1人，事业人员3人）</td>");
        assertThat(json.at("/profile/duties/1").asString()).isEqualTo("<script>alert('x')</script>教育职工不断提高思想政治觉悟和文化素质。");
        assertThat(json.at("/profile/authorizedHeadcountParts/0/name").asString()).isEqualTo("公务员编制");
        assertThat(json.at("/profile/authorizedHeadcountParts/0/count").asInt()).isEqualTo(3);
        assertThat(json.at("/figures/budgetTotal").asString()).isEqualTo("316.23");
        assertThat(json.at("/score/reviewed").asBoolean()).isTrue();
        assertThat(json.at("/score/selfTotal").asString()).isEqualTo("93.00");
        assertThat(json.at("/score/grade").asString()).isEqualTo("良");
        assertThat(json.at("/score/selfGrade").asString()).isEqualTo("优");
        assertThat(json.at("/profile/divisions/1").asString()).isEqualTo("<b>组织部</b>");
        assertThat(json.at("/profile/actualHeadcount").asInt()).isEqualTo(7);
        assertThat(json.at("/tables/income/0/actual").asString()).isEqualTo("232.34");
        assertThat(json.at("/tables/income/0/priorYearActual").asString()).isEqualTo("316.23");
        assertThat(json.at("/tables/expenditureByNature/0/key").asString()).isEqualTo("basic");
        assertThat(json.at("/tables/functionalClassification/0/key").asString()).isEqualTo("201");
        assertThat(json.at("/tables/threePublic/1/actual").asString()).isEqualTo("0.09");
        assertThat(json.at("/tables/controlledExpenses/0/actual").asString()).isEqualTo("0.5");
        assertThat(json.at("/tables/procurement/0/actual").asString()).isEqualTo("3.2");
        assertThat(json.at("/projects/0/name").asString()).isEqualTo("春节送温暖");
        assertThat(json.at("/projects/0/actual").asString()).isEqualTo("1.6");
        assertThat(json.at("/performance/scoreItems/0/points").asString()).isEqualTo("16");
        assertThat(json.at("/performance/scoreItems/0/selfPoints").asString()).isEqualTo("20");
        assertThat(json.at("/performance/scoreItems/0/reviewReason").asString()).isEqualTo("问题原因分析不够全面");
        assertThat(json.at("/performance/selfEvaluation/items/0/score").asString()).isEqualTo("9");
        assertThat(json.at("/performance/selfEvaluation/problems/0").asString()).isEqualTo("宣传力度不够");
        assertThat(json.at("/performance/selfEvaluation/resultApplication").asString()).isEqualTo("整改到位");
        assertThat(json.at("/performance/departmentGoals").isArray()).isTrue();
    }

    @Test
    void whenGoalsArriveFromTheIndicatorService_thenThePublishedPageShowsTheIndicatorTableWithTargetsAndActuals() throws Exception {
        GoalsAccepted goals = new GoalsAccepted(1, "盐边县目标测试局", RegionCode.of("510422"),
                List.of(new DepartmentGoal("维护职工权益", "春节送温暖", "走访慰问32户", "春节送温暖")),
                List.of(new ProjectGoals("P-01", "春节送温暖", Money.parse("1.6"), null, Money.parse("1.6"), "做好劳模慰问", List.of(),
                        List.of(new Indicator("产出指标", "数量指标", "春节走访慰问户数", "≥", new BigDecimal("32"), null, "户",
                                new BigDecimal("90"), new BigDecimal("32"), null, null, null)))), null);
        EventEnvelope<GoalsAccepted> event = EventEnvelope.of(GoalsAccepted.TYPE, DepartmentCode.of("510422910"), FiscalYear.of(2024), 1, goals);
        kafka.send(GoalsAccepted.TOPIC, event.key(), codec.write(event)).join();
        kafka.send(GoalsAccepted.TOPIC, event.key(), codec.write(event)).join();
        acceptedAndScored("510422910", "盐边县目标测试局");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select goals_version from report_view where id = '510422910:2024'", Long.class) == 1);

        api("/api/publication/510422910/2024/publish", "", BUREAU);

        assertThat(page("/public/reports/510422910/2024").body()).contains("项目绩效指标完成情况表：春节送温暖（年度总体目标：做好劳模慰问）")
                .contains("<td>春节走访慰问户数</td>").contains("走访慰问32户");
        assertThat(jdbc.queryForObject("select count(*) from processed_event where consumer = 'publication.goals' and event_id = ?",
                Integer.class, event.eventId())).isEqualTo(1);
    }

    @Test
    void whenAPublishedPageIsFetchedAgain_thenItsLastModifiedOrEtagGives304AndNumberedDownloadsAreImmutable() throws Exception {
        acceptedAndScored("510422909", "盐边县缓存测试局");
        api("/api/publication/510422909/2024/publish", "", BUREAU);

        HttpResponse<String> first = page("/public/reports/510422909/2024");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> byDate = http.send(HttpRequest.newBuilder(uri("/public/reports/510422909/2024"))
                .header("If-Modified-Since", lastModified).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> byTag = http.send(HttpRequest.newBuilder(uri("/public/reports/510422909/2024"))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(first.headers().firstValue("Cache-Control")).contains("max-age=60, public");
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(bytes("/public/reports/510422909/2024/v/1.pdf").headers().firstValue("Cache-Control"))
                .contains("max-age=31536000, public, immutable");
        assertThat(page("/public/reports/510422909/2024/v/1").headers().firstValue("Last-Modified")).contains(lastModified);
    }

    @Test
    void whenTheIndexOrAVersionListIsFetched_thenBrowsersAskAgainAndSharedCachesMayKeepItAMinute() throws Exception {
        acceptedAndScored("510422913", "盐边县列表缓存测试局");
        api("/api/publication/510422913/2024/publish", "", BUREAU);

        for (String path : List.of("/public/", "/public/?q=%E6%B5%8B%E8%AF%95", "/public/reports/510422913/2024/versions")) {
            HttpResponse<String> list = page(path);
            assertThat(list.headers().firstValue("Cache-Control")).as(path).contains("max-age=0, must-revalidate, public, s-maxage=60");
            assertThat(list.headers().firstValue("Pragma")).as(path).isEmpty();
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri(path))
                    .header("If-None-Match", list.headers().firstValue("ETag").orElseThrow()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void whenTheIndexIsSearchedByNameAndRegion_thenOnlyMatchingReportsAreListed() throws Exception {
        acceptedAndScored("510422907", "盐边县搜索测试局");
        api("/api/publication/510422907/2024/publish", "", BUREAU);

        String byName = page("/public/?q=" + java.net.URLEncoder.encode("搜索测试", java.nio.charset.StandardCharsets.UTF_8)).body();
        String otherRegion = page("/public/?region=130609").body();
        String otherYear = page("/public/?year=2023&region=510422").body();

        assertThat(byName).contains("盐边县搜索测试局").doesNotContain("/public/reports/510422901/");
        assertThat(otherRegion).doesNotContain("盐边县搜索测试局");
        assertThat(otherYear).doesNotContain("盐边县搜索测试局");
    }

    @Test
    void whenNothingWasPublished_thenTheAnswerIsAChinese404() throws Exception {
        HttpResponse<String> missing = page("/public/reports/999999999/2024");
        HttpResponse<String> hostile = page("/public/reports/..%2F..%2Fetc/2024");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("未找到该报告");
        assertThat(hostile.statusCode()).isIn(400, 404);
    }

    @Test
    void whenThePageIsFetchedAgainWithItsEtag_thenTheAnswerIs304() throws Exception {
        String etag = page("/public/").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> second = http.send(HttpRequest.newBuilder(uri("/public/")).header("If-None-Match", etag).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(second.statusCode()).isEqualTo(304);
    }

    private HttpResponse<String> api(String path, String body, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> json(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
