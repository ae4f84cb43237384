package cn.budgetperf.e2e;

import static cn.budgetperf.e2e.Gateway.get;
import static cn.budgetperf.e2e.Gateway.login;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first-run experience: {@code ./platform up} on a fresh state loads the demo world through the
 * gateway (infra/demo), and then what a newcomer is promised holds — the public site lists the published
 * seed departments with the figures of their reports, 徐水区's bureau sees 人社局 2023 at 91.18 (优) in the
 * scoring and budget APIs and on its portal dashboard, the seeds' report-check findings and the faithful
 * transcriptions' errors are there for the bureau, every workflow state is shown, and a second
 * {@code ./platform up} changes nothing. It also takes the screenshots of docs/guide.md in a real browser
 * ({@link GuideScreenshots}; {@code -Dguide.screenshots=<dir>} chooses where).
 */
@ExtendWith(DemoWorldExtension.class)
class DemoWorldIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JUNSHAN = "430611001/2024";
    private static final String XUSHUI_RSJ = "130609002/2023";
    private static final String YANBIAN = "510422001/2024";

    private static Map<String, JsonNode> xushui;

    @BeforeAll
    static void readTheXushuiBureausSubmissions() throws Exception {
        xushui = new HashMap<>();
        for (JsonNode s : json(get("/api/budget/submissions", login("bureau-xushui")))) {
            xushui.put(s.get("departmentCode").asString() + "/" + s.get("fiscalYear").asInt(), s);
        }
    }

    @Test
    void whenTheDemoIsLoaded_thenThePublicIndexListsThePublishedSeedDepartmentsOnly() throws Exception {
        String index = text(get("/public/", null).body());

        assertThat(index).contains("已公开的部门决算及绩效自评报告（共 3 份）")
                .contains("岳阳市君山区总工会", "保定市徐水区人力资源和社会保障局", "盐边县总工会")
                .doesNotContain("漕河镇人民政府").doesNotContain("保定市徐水区总工会");
    }

    @Test
    void whenAPublishedSeedPageIsRead_thenItShowsTheFiguresOfItsReport() throws Exception {
        assertThat(page(JUNSHAN)).contains("全年预算数232.31万元", "本年支出合计228.60万元", "项目支出57.07万元")
                .contains("164.44", "154.46", "17.07").contains("换算得分98.00分");
        assertThat(page(XUSHUI_RSJ)).contains("2544.94", "3464.19", "3.96").contains("自评得分84.80分（满分93.00分），换算得分91.18分");
        assertThat(page(YANBIAN)).contains("本年收入合计232.34万元", "基本支出200.09万元", "一般公共服务支出160.45万元", "316.23")
                .contains("“三公”经费财政拨款支出决算为0.09万元").contains("换算得分94.00分").contains("春节走访慰问");
    }

    @Test
    void whenXushuisBureauLooks_thenRenshejuStandsAt9118AndExcellentInScoringBudgetAndItsDashboard() throws Exception {
        String bureau = login("bureau-xushui");

        JsonNode ranked = json(get("/api/scores?region=130609&year=2023", bureau));
        JsonNode rsj = ranked.valueStream().filter(r -> r.get("departmentCode").asString().equals("130609002")).findFirst().orElseThrow();
        assertThat(rsj.get("converted").decimalValue()).isEqualByComparingTo("91.18");
        assertThat(rsj.get("grade").asString()).isEqualTo("优");
        assertThat(rsj.get("rank").asInt()).isEqualTo(1);
        JsonNode score = json(get("/api/scores/130609002/2023", bureau));
        assertThat(score.get("total").decimalValue()).isEqualByComparingTo("84.8");
        assertThat(score.get("maxTotal").decimalValue()).isEqualByComparingTo("93");
        assertThat(xushui.get(XUSHUI_RSJ).at("/score/converted").decimalValue()).isEqualByComparingTo("91.18");
        assertThat(json(get("/api/scores/130609001/2024", bureau)).get("converted").decimalValue()).isEqualByComparingTo("100");

        String dashboard = text(get("/portal/bureau?year=2023", bureau).body());
        assertThat(dashboard).containsPattern("保定市徐水区人力资源和社会保障局 （ 130609002 ） 已公开 1 2544\\.99 100\\.00% 91\\.18 优 1")
                .containsPattern("漕河镇人民政府 （ 130609003 ） 已退回");
    }

    @Test
    void whenTheBureauOpensTheAttachedReports_thenEachSeedsReportCheckFindingsAreThere() throws Exception {
        String bureau = login("bureau-xushui");
        Map<String, String> expected = Map.of(
                "130609003/2023", "18.092382元",
                XUSHUI_RSJ, "三公经费6.7万元",
                "130609001/2024", "一般公共服务支出5.15万元");
        for (Map.Entry<String, String> seed : expected.entrySet()) {
            JsonNode report = json(get("/api/budget/submissions/" + xushui.get(seed.getKey()).get("id").asString() + "/report/findings", bureau));
            assertThat(report.at("/report/fileName").asString()).as(seed.getKey()).endsWith(".txt");
            List<String> excerpts = report.at("/check/findings").valueStream().map(f -> f.at("/location/excerpt").asString()).toList();
            assertThat(excerpts).as(seed.getKey()).anyMatch(e -> e.contains(seed.getValue()));
        }
        String junshan = login("bureau-junshan");
        JsonNode submission = json(get("/api/budget/submissions", junshan)).get(0);
        JsonNode report = json(get("/api/budget/submissions/" + submission.get("id").asString() + "/report/findings", junshan));
        assertThat(report.at("/check/findings").valueStream().map(f -> f.at("/location/excerpt").asString()))
                .anyMatch(e -> e.contains("189.67190.2"));
    }

    @Test
    void whenXushuisBureauListsItsSubmissions_thenDraftSubmittedReturnedAndPublishedAreEachThere() {
        assertThat(xushui.get(XUSHUI_RSJ).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(xushui.get(XUSHUI_RSJ).at("/publication/state").asString()).isEqualTo("PUBLISHED");
        assertThat(xushui.get("130609003/2023").get("status").asString()).isEqualTo("RETURNED");
        assertThat(xushui.get("130609003/2023").get("reviewComment").asString()).contains("62个项目只列出17个");
        assertThat(xushui.get("130609001/2024").get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(xushui.get("130609001/2025").get("status").asString()).isEqualTo("DRAFT");
        assertThat(xushui.get("130609001/2025").get("findings").valueStream().map(f -> f.get("ruleId").asString())).contains("EXIST-001");
    }

    @Test
    void whenTheAuditOfAPublishedSeedIsRead_thenTheFaithfulTranscriptionAndTheDepartmentsCorrectionAreBothThere() throws Exception {
        String bureau = login("bureau-xushui");
        JsonNode audit = json(get("/api/budget/submissions/" + xushui.get(XUSHUI_RSJ).get("id").asString() + "/audit", bureau));

        assertThat(audit.get(0).get("action").asString()).isEqualTo("CREATE_DRAFT");
        JsonNode correction = audit.valueStream().filter(a -> a.get("action").asString().equals("SAVE_DRAFT")).findFirst().orElseThrow();
        assertThat(correction.get("changes").valueStream().filter(c -> c.get("path").asString().equals("document.income.total.budget")))
                .singleElement().satisfies(c -> {
                    assertThat(c.get("before").asString()).isEqualTo("2544.94");
                    assertThat(c.get("after").asString()).isEqualTo("2544.99");
                });
        JsonNode statistics = json(get("/api/budget/rules/statistics?year=2023&region=130609", bureau));
        assertThat(statistics.valueStream().filter(r -> r.get("saves").asInt() > 0).map(r -> r.at("/rule/id").asString()))
                .contains("INC-001", "TPC-002", "NTR-001");
    }

    @Test
    void whenPlatformUpRunsAgain_thenTheDemoWorldIsLeftAsItWas() {
        String second = PlatformExtension.platform().upWithDemo();

        assertThat(second).contains("already running").contains("演示数据已是最新，本次未做任何修改。");
    }

    /** Into {@code -Dguide.screenshots=<dir>} (docs/guide to renew the guide's), else {@code target/artifacts/guide}. */
    @Test
    void whenTheGuidesPagesAreOpenedInABrowser_thenTheirScreenshotsAreSaved() throws Exception {
        String directory = System.getProperty("guide.screenshots", "");
        Path target = directory.isBlank()
                ? Path.of(System.getProperty("e2e.artifacts", "target/artifacts"), "guide").toAbsolutePath()
                : Path.of(directory).toAbsolutePath();

        new GuideScreenshots(target, PlatformExtension.platform().gateway()).take(xushui.get("130609003/2023").get("id").asString());

        assertThat(target.resolve("bureau-dashboard.png")).isNotEmptyFile();
    }

    private static String page(String departmentYear) throws Exception {
        HttpResponse<String> page = get("/public/reports/" + departmentYear, null);
        assertThat(page.statusCode()).as(departmentYear).isEqualTo(200);
        return text(page.body());
    }

    /** The visible text of a page: tags dropped, entities of the figures kept, white space folded. */
    private static String text(String html) {
        return html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<[^>]+>", " ").replace("&nbsp;", " ")
                .replaceAll("\\s+", " ");
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
