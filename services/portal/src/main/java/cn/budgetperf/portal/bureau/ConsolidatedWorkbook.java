package cn.budgetperf.portal.bureau;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The region-year's consolidated table as an .xlsx: one row per department, amounts in 万元 and
 * scores as numeric cells holding the exact decimal (two decimals, format {@code 0.00}), never as
 * text, the cell holding the exact decimal as written; a blank cell where a figure is unknown.
 */
final class ConsolidatedWorkbook {

    static final String SHEET = "汇总表";
    static final List<String> HEADERS = List.of("部门编码", "部门名称", "状态", "版本", "收入合计（万元）", "支出合计（万元）",
            "全年预算数（万元）", "预算执行率（%）", "得分（折算）", "等级", "排名", "'三公'经费本年（万元）",
            "'三公'经费上年（万元）", "'三公'经费增减（万元）", "待处理问题", "自评得分（折算）", "是否经复核");

    private ConsolidatedWorkbook() {
    }

    static byte[] of(RegionYear data, String regionName) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(SHEET);
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.00"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(regionName + " " + data.year() + "年度部门决算及绩效自评汇总表（金额单位：万元）");
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 2;
            for (DashboardRow d : data.rows()) {
                write(sheet.createRow(r++), d, decimal);
            }
            sheet.createFreezePane(2, 2);
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.setColumnWidth(c, c == 1 ? 40 * 256 : 16 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, DashboardRow d, CellStyle decimal) {
        Map<String, Object> s = d.submission();
        Map<String, Object> score = d.score();
        Map<?, ?> figures = s != null && s.get("figures") instanceof Map<?, ?> f ? f : null;
        ThreePublicChange three = d.threePublic();
        row.createCell(0).setCellValue(d.departmentCode());
        row.createCell(1).setCellValue(d.departmentName());
        row.createCell(2).setCellValue(d.state());
        whole(row, 3, s == null ? null : s.get("version"));
        amount(row, 4, figures == null ? null : figures.get("incomeTotal"), decimal);
        amount(row, 5, figures == null ? null : figures.get("expenditureTotal"), decimal);
        amount(row, 6, figures == null ? null : figures.get("budgetTotal"), decimal);
        amount(row, 7, score == null ? null : score.get("executionRate"), decimal);
        amount(row, 8, score == null ? null : score.get("converted"), decimal);
        if (score != null && score.get("grade") != null) {
            row.createCell(9).setCellValue(String.valueOf(score.get("grade")));
        }
        whole(row, 10, score == null ? null : score.get("rank"));
        amount(row, 11, three == null ? null : three.actual(), decimal);
        amount(row, 12, three == null ? null : three.prior(), decimal);
        amount(row, 13, three == null ? null : three.change(), decimal);
        whole(row, 14, s == null ? null : s.get("blockingFindings"));
        amount(row, 15, score == null ? null : score.get("selfConverted"), decimal);
        if (score != null && score.get("reviewed") != null) {
            row.createCell(16).setCellValue(Boolean.TRUE.equals(score.get("reviewed")) ? "是" : "否");
        }
    }

    /** A numeric cell holding the amount rounded half-up to two decimals, written as its decimal text. */
    private static void amount(Row row, int column, Object value, CellStyle decimal) {
        BigDecimal number = decimal(value);
        if (number != null) {
            XSSFCell cell = (XSSFCell) row.createCell(column);
            cell.getCTCell().setV(number.setScale(2, RoundingMode.HALF_UP).toPlainString());
            cell.setCellStyle(decimal);
        }
    }

    private static void whole(Row row, int column, Object value) {
        BigDecimal number = decimal(value);
        if (number != null) {
            ((XSSFCell) row.createCell(column)).getCTCell().setV(number.toBigInteger().toString());
        }
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
