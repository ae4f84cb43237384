package cn.budgetperf.portal.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ConsolidatedWorkbookTest {

    private static final Map<String, Object> SUBMISSION = Map.of("version", 2, "statusLabel", "已报送", "status", "SUBMITTED",
            "blockingFindings", 1,
            "figures", Map.of("incomeTotal", "2544.99", "expenditureTotal", "2519.125", "budgetTotal", "2544.94"),
            "document", Map.of("threePublic", Map.of("total", Map.of("actual", "3.96", "priorYearActual", "4.30"))));
    private static final Map<String, Object> SCORE = Map.of("rank", 1, "executionRate", "98.98", "converted", "91.18", "grade", "优",
            "selfConverted", "93", "reviewed", true);

    private static Sheet sheetOf(RegionYear data) throws Exception {
        XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ConsolidatedWorkbook.of(data, "保定市徐水区")));
        return book.getSheet(ConsolidatedWorkbook.SHEET);
    }

    @Test
    void whenADepartmentHasFiguresAndAScore_thenItsAmountsAreNumericCellsInWanYuanWithTwoDecimals() throws Exception {
        Sheet sheet = sheetOf(new RegionYear("130609", 2023,
                List.of(new DashboardRow("130609002", "保定市徐水区人力资源和社会保障局", SUBMISSION, SCORE)), null));

        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("保定市徐水区 2023年度部门决算及绩效自评汇总表（金额单位：万元）");
        assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("支出合计（万元）");
        Row row = sheet.getRow(2);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("保定市徐水区人力资源和社会保障局");
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("已报送");
        assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(((XSSFCell) row.getCell(5)).getRawValue()).isEqualTo("2519.13");
        assertThat(((XSSFCell) row.getCell(4)).getRawValue()).isEqualTo("2544.99");
        assertThat(((XSSFCell) row.getCell(8)).getRawValue()).isEqualTo("91.18");
        assertThat(row.getCell(9).getStringCellValue()).isEqualTo("优");
        assertThat(((XSSFCell) row.getCell(13)).getRawValue()).isEqualTo("-0.34");
        assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(((XSSFCell) row.getCell(15)).getRawValue()).isEqualTo("93.00");
        assertThat(row.getCell(16).getStringCellValue()).isEqualTo("是");
    }

    @Test
    void whenADepartmentHasNotStarted_thenItIsListedWithBlankFiguresNotZeros() throws Exception {
        Sheet sheet = sheetOf(new RegionYear("130609", 2023, List.of(new DashboardRow("130609003", "漕河镇人民政府", null, null)), null));

        Row row = sheet.getRow(2);
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("未开始");
        assertThat(row.getCell(5)).isNull();
        assertThat(row.getCell(8)).isNull();
    }
}
