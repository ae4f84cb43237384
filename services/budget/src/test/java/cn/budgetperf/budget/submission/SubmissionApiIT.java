package cn.budgetperf.budget.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.kit.testing.TestKafka;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The submission API on a real PostgreSQL and a real Kafka broker: the skeleton's document, access, bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "budgetperf.outbox.poll-interval-ms=50")
@Import(TestJwts.Decoder.class)
class SubmissionApiIT {

    private static final String RSJ = TestJwts.department("dept-xushui-rsj", "130609002", "130609");
    private static final String ZGH = TestJwts.department("dept-xushui-zgh", "130609001", "130609");
    private static final String BUREAU = TestJwts.bureau("bureau-xushui", "130609");
    private static final String OTHER_BUREAU = TestJwts.bureau("bureau-yanbian", "510422");
    private static final String VALID = """
            {"departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","fiscalYear":2023,
             "figures":{"incomeTotal":2544.99,"expenditureTotal":2519.12,"budgetTotal":"2544.94"}}""";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void cleanDatabase() {
        Api.clean(jdbc);
        api = new Api(port);
    }

    @Test
    void whenDepartmentSubmitsItsDraft_thenTheEventCarriesTheFiguresExactly() throws Exception {
        HttpResponse<String> draft = api.post("/api/budget/submissions", VALID, RSJ);
        String id = api.ok(draft).get("id").asString();

        HttpResponse<String> submitted = api.post("/api/budget/submissions/" + id + "/submit", "", RSJ);

        assertThat(api.ok(submitted).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(Api.eventsOf(id, 1)).singleElement().satisfies(event -> {
            assertThat(event.get("type").asString()).isEqualTo("budget.submission.submitted");
            assertThat(event.get("schemaVersion").asInt()).isEqualTo(3);
            assertThat(event.at("/payload/figures/expenditureTotal").asString()).isEqualTo("2519.12");
            assertThat(event.at("/payload/figures/incomeTotal").asString()).isEqualTo("2544.99");
            assertThat(event.at("/payload/regionCode").asString()).isEqualTo("130609");
            assertThat(event.at("/payload/figures/functionalClassification").size()).isZero();
        });
        assertThat(jdbc.queryForList("select action from submission_audit order by id", String.class))
                .containsExactly("CREATE_DRAFT", "SUBMIT");
    }

    @Test
    void whenTheSkeletonDocumentIsSaved_thenItsFiguresAndNoFindingsComeBack() throws Exception {
        JsonNode saved = api.ok(api.post("/api/budget/submissions", VALID, RSJ));

        assertThat(saved.at("/figures/budgetTotal").asString()).isEqualTo("2544.94");
        assertThat(saved.get("findings").size()).isZero();
        assertThat(saved.at("/document/figures/incomeTotal").asString()).isEqualTo("2544.99");
    }

    @Test
    void whenNoTokenIsSent_thenTheApiAnswers401() throws Exception {
        assertThat(api.get("/api/budget/submissions", null).statusCode()).isEqualTo(401);
        assertThat(api.post("/api/budget/validate", VALID, null).statusCode()).isEqualTo(401);
    }

    @Test
    void whenAnotherDepartmentReadsTheSubmission_thenItIsForbidden() throws Exception {
        String id = api.ok(api.post("/api/budget/submissions", VALID, RSJ)).get("id").asString();

        HttpResponse<String> response = api.get("/api/budget/submissions/" + id, ZGH);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("其他部门");
        assertThat(api.get("/api/budget/submissions/" + id + "/audit", ZGH).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/budget/submissions/" + id + "/findings", OTHER_BUREAU).statusCode()).isEqualTo(403);
        assertThat(api.ok(api.get("/api/budget/submissions", ZGH)).size()).isZero();
        assertThat(api.ok(api.get("/api/budget/submissions", OTHER_BUREAU)).size()).isZero();
        assertThat(api.ok(api.get("/api/budget/submissions", BUREAU)).size()).isEqualTo(1);
    }

    @Test
    void whenADepartmentChangesAnotherDepartmentsSubmission_thenItIsForbiddenAndNothingChanges() throws Exception {
        String id = api.ok(api.post("/api/budget/submissions", VALID, RSJ)).get("id").asString();

        HttpResponse<String> write = api.post("/api/budget/submissions", VALID, ZGH);
        HttpResponse<String> submit = api.post("/api/budget/submissions/" + id + "/submit", "", ZGH);
        HttpResponse<String> explain = api.post("/api/budget/submissions/" + id + "/explanations",
                "{\"ruleId\":\"EXEC-002\",\"location\":\"figures.expenditureTotal\",\"text\":\"x\"}", ZGH);
        HttpResponse<String> bureauSubmits = api.post("/api/budget/submissions/" + id + "/submit", "", BUREAU);

        assertThat(List.of(write.statusCode(), submit.statusCode(), explain.statusCode(), bureauSubmits.statusCode()))
                .containsOnly(403);
        assertThat(jdbc.queryForList("select action from submission_audit", String.class)).containsExactly("CREATE_DRAFT");
        assertThat(jdbc.queryForObject("select count(*) from outbox_event", Integer.class)).isZero();
    }

    @Test
    void whenTheBureauOfAnotherRegionReviews_thenItIsForbidden() throws Exception {
        String id = api.ok(api.post("/api/budget/submissions", VALID, RSJ)).get("id").asString();
        api.post("/api/budget/submissions/" + id + "/submit", "", RSJ);

        HttpResponse<String> response = api.post("/api/budget/submissions/" + id + "/review", "{\"decision\":\"ACCEPT\"}", OTHER_BUREAU);
        HttpResponse<String> byTheDepartment = api.post("/api/budget/submissions/" + id + "/review", "{\"decision\":\"ACCEPT\"}", RSJ);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(byTheDepartment.statusCode()).isEqualTo(403);
    }

    @Test
    void whenTheBureauReturnsWithAComment_thenTheDepartmentSeesIt() throws Exception {
        String id = api.ok(api.post("/api/budget/submissions", VALID, RSJ)).get("id").asString();
        api.post("/api/budget/submissions/" + id + "/submit", "", RSJ);

        HttpResponse<String> review = api.post("/api/budget/submissions/" + id + "/review",
                "{\"decision\":\"RETURN\",\"comment\":\"请补充执行率说明\"}", BUREAU);
        JsonNode seen = api.ok(api.get("/api/budget/submissions/" + id, RSJ));

        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(seen.get("status").asString()).isEqualTo("RETURNED");
        assertThat(seen.get("reviewComment").asString()).isEqualTo("请补充执行率说明");
    }

    @Test
    void whenTheBodyIsMalformedJson_thenA400SaysSoInChineseAndNothingIsStored() throws Exception {
        HttpResponse<String> response = api.post("/api/budget/submissions", "{\"departmentCode\":", RSJ);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("不是有效的JSON");
        assertNothingStored();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing department     | \"departmentCode\":\"130609002\",                       | |缺少部门编码",
            "negative amount        | 2519.12                                               | -2519.12|金额不能为负数",
            "year 3024              | 2023                                                  | 3024|年度不能晚于2099年",
            "finer than a fen       | 2519.12                                               | 2519.1234567|6位小数",
            "1e20                   | 2519.12                                               | 1e20|金额过大",
            "text in an amount      | 2519.12                                               | \"两千五百\"|位置：figures.expenditureTotal",
            "year as text           | 2023                                                  | \"二〇二三\"|位置：fiscalYear",
            "list where object      | \"figures\":{                                         | \"projects\":[],\"figures\":{|位置：projects",
            "unknown unit type      | \"fiscalYear\":2023,                                   | \"fiscalYear\":2023,\"profile\":{\"unitType\":\"GOVERNMENT\"},|位置：profile.unitType",
            "malformed class code   | \"fiscalYear\":2023,                                   | \"fiscalYear\":2023,\"functionalLines\":[{\"code\":\"20A\"}],|功能分类科目编码应为3位",
            "unknown class code     | \"fiscalYear\":2023,                                   | \"fiscalYear\":2023,\"functionalLines\":[{\"code\":\"2019998\",\"actual\":\"1\"}],|不在政府收支分类科目表中",
            "negative count         | \"fiscalYear\":2023,                                   | \"fiscalYear\":2023,\"profile\":{\"retirees\":-1},|数量应在0至10000000之间"})
    void whenTheDocumentIsBad_thenA400SaysWhatAndNothingIsStored(String name, String from, String to, String message) throws Exception {
        HttpResponse<String> response = api.post("/api/budget/submissions", VALID.replace(from.strip(), to == null ? "" : to.strip()), RSJ);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(message.strip());
        assertNothingStored();
    }

    @Test
    void whenTheBodyIsOversized_thenA413RefusesBeforeReadingIt() throws Exception {
        String huge = VALID.replace("保定市徐水区人力资源和社会保障局", "局".repeat(600_000));
        String fiveMegabytes = VALID.replace("}}", "},\"padding\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}");

        HttpResponse<String> response = api.post("/api/budget/submissions", huge, RSJ);
        HttpResponse<String> five = api.post("/api/budget/submissions", fiveMegabytes, RSJ);
        HttpResponse<String> fiveToValidate = api.post("/api/budget/validate", fiveMegabytes, RSJ);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("超过");
        assertThat(five.statusCode()).isEqualTo(413);
        assertThat(fiveToValidate.statusCode()).isEqualTo(413);
        assertNothingStored();
    }

    @Test
    void whenADocumentIsValidated_thenTheFindingsComeBackAndNothingIsStored() throws Exception {
        HttpResponse<String> response = api.post("/api/budget/validate", Api.seed("004-xushui-rsj-2023.json"), ZGH);
        HttpResponse<String> unknownCode = api.post("/api/budget/validate",
                VALID.replace("\"fiscalYear\":2023,", "\"fiscalYear\":2023,\"functionalLines\":[{\"code\":\"2019998\"}],"), BUREAU);

        assertThat(api.ok(response).findValuesAsString("ruleId")).contains("INC-001", "TPC-002", "NTR-001");
        assertThat(api.ok(unknownCode).findValuesAsString("ruleId")).containsExactly("FUN-001");
        assertNothingStored();
    }

    @Test
    void whenTheRulesAreListed_thenEachHasItsIdCategorySeverityTemplateAndFields() throws Exception {
        JsonNode rules = api.ok(api.get("/api/budget/rules", RSJ));

        assertThat(rules.size()).isGreaterThanOrEqualTo(40);
        assertThat(rules.get(0).propertyNames()).contains("id", "category", "severity", "title", "template", "fields");
    }

    @Test
    void whenTheClassificationIsListedAndTheAdminAddsACode_thenOnlyTheAdminMayAndTheCodeIsUsable() throws Exception {
        String admin = TestJwts.sign("admin-demo", "admin", java.util.Map.of());
        String code = "{\"code\":\"2012998\",\"name\":\"测试科目\"}";

        HttpResponse<String> byBureau = api.post("/api/budget/classifications", code, BUREAU);
        HttpResponse<String> byAdmin = api.post("/api/budget/classifications", code, admin);
        HttpResponse<String> again = api.post("/api/budget/classifications", code, admin);
        HttpResponse<String> orphan = api.post("/api/budget/classifications", "{\"code\":\"9990101\",\"name\":\"孤儿\"}", admin);
        HttpResponse<String> saved = api.post("/api/budget/submissions",
                VALID.replace("\"fiscalYear\":2023,", "\"fiscalYear\":2023,\"functionalLines\":[{\"code\":\"2012998\",\"actual\":\"1\"}],"), RSJ);

        assertThat(api.ok(api.get("/api/budget/classifications", RSJ)).findValuesAsString("code")).contains("2012901", "2210201");
        assertThat(byBureau.statusCode()).isEqualTo(403);
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(orphan.statusCode()).isEqualTo(400);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        jdbc.update("delete from classification_code where code = '2012998'");
    }

    @Test
    void whenTheTemplateIsFilledAndUploaded_thenTheDraftHoldsItAndTheExportReadsBack() throws Exception {
        HttpResponse<byte[]> template = api.bytes(HttpRequest.newBuilder(api.uri("/api/budget/workbook/template.xlsx?year=2023")).GET(), RSJ);
        byte[] filled = Workbooks.edit(template.body(), book -> {
            book.getSheet("封面").getRow(2).getCell(1).setCellValue("保定市徐水区人力资源和社会保障局");
            Workbooks.number(book.getSheet("封面").getRow(4).getCell(1), "2544.99");
            Workbooks.number(book.getSheet("封面").getRow(5).getCell(1), "2519.12");
            Workbooks.number(book.getSheet("封面").getRow(6).getCell(1), "2544.94");
        });

        JsonNode saved = api.ok(api.upload("/api/budget/submissions/xlsx", filled, RSJ));
        HttpResponse<byte[]> export = api.bytes(HttpRequest.newBuilder(api.uri("/api/budget/submissions/" + saved.get("id").asString() + "/xlsx")).GET(), RSJ);
        HttpResponse<String> again = api.upload("/api/budget/submissions/xlsx", export.body(), RSJ);

        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(saved.at("/figures/expenditureTotal").asString()).isEqualTo("2519.12");
        assertThat(saved.get("departmentCode").asString()).isEqualTo("130609002");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(api.ok(again).get("version").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForList("select action from submission_audit order by id", String.class))
                .containsExactly("CREATE_DRAFT", "SAVE_DRAFT");
    }

    @Test
    void whenAnUploadIsCorruptOrHasFormulasOrTextInNumberCells_thenA400ListsTheCellsAndNothingIsStored() throws Exception {
        byte[] template = api.bytes(HttpRequest.newBuilder(api.uri("/api/budget/workbook/template.xlsx?year=2023")).GET(), RSJ).body();
        byte[] bad = Workbooks.edit(template, book -> {
            book.getSheet("封面").getRow(2).getCell(1).setCellValue("保定市徐水区人力资源和社会保障局");
            book.getSheet("封面").getRow(4).getCell(1).setCellValue("约两千五百万");
            book.getSheet("封面").getRow(5).getCell(1).setCellFormula("1+1");
        });

        HttpResponse<String> cells = api.upload("/api/budget/submissions/xlsx", bad, RSJ);
        HttpResponse<String> corrupt = api.upload("/api/budget/submissions/xlsx", "not a workbook".getBytes(), RSJ);
        HttpResponse<String> otherDepartment = api.upload("/api/budget/submissions/xlsx", template, ZGH);

        assertThat(cells.statusCode()).isEqualTo(400);
        assertThat(Api.JSON.readTree(cells.body()).get("errors").findValuesAsString("cell")).containsExactly("B5", "B6");
        assertThat(cells.body()).contains("封面").contains("公式").contains("约两千五百万");
        assertThat(corrupt.statusCode()).isEqualTo(400);
        assertThat(corrupt.body()).contains("不是有效的 .xlsx");
        assertThat(otherDepartment.statusCode()).isIn(400, 403);
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from submission_version", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from finding_record", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_event", Integer.class)).isZero();
    }
}
