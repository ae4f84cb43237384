package cn.budgetperf.portal.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.portal.workspace.StubBudget;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The consolidated table of the region-year as .xlsx (budget and scoring stubbed, the directory real). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class BureauExportIT {

    private static final StubBudget SERVICES = new StubBudget();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void reset() {
        SERVICES.reset();
    }

    @Test
    void whenTheBureauExports_thenEveryDepartmentOfTheRegionYearIsARowWithNumericAmounts() throws Exception {
        SERVICES.answer("GET /api/budget/submissions", 200, """
                [{"id":"6f1c2b0e-2222-4a4a-9d9d-000000000002","departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局",
                  "regionCode":"130609","fiscalYear":2023,"version":1,"status":"ACCEPTED","statusLabel":"已审核通过",
                  "figures":{"incomeTotal":"2544.99","expenditureTotal":"2519.12","budgetTotal":"2544.94"},"blockingFindings":0,
                  "publication":null,"findings":[],"document":{}}]""");
        SERVICES.answer("GET /api/scores", 200, """
                [{"rank":1,"departmentCode":"130609002","executionRate":98.98,"converted":91.18,"grade":"优"}]""");

        HttpResponse<byte[]> answer = new PortalHttp(port).download("/portal/bureau/export.xlsx?year=2023",
                TestJwts.bureau("bureau-xushui", "130609"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment").contains(".xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            Sheet sheet = book.getSheet(ConsolidatedWorkbook.SHEET);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("保定市徐水区 2023年度");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("保定市徐水区总工会");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("未开始");
            assertThat(sheet.getRow(3).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(2519.12);
            assertThat(sheet.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(91.18);
        }
    }

    @Test
    void whenADepartmentUserAsksForTheExport_thenTheChinese403PageAnswers() throws Exception {
        HttpResponse<String> page = new PortalHttp(port).get("/portal/bureau/export.xlsx",
                TestJwts.department("dept-xushui-rsj", "130609002", "130609"));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("无权访问");
        assertThat(SERVICES.received).isEmpty();
    }
}
