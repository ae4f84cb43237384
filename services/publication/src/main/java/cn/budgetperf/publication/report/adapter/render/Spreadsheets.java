package cn.budgetperf.publication.report.adapter.render;

import cn.budgetperf.publication.report.domain.ReportPage;
import cn.budgetperf.publication.report.domain.Table;
import cn.budgetperf.publication.report.domain.VersionInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The .xlsx of a report's tables: a 说明 sheet (department, year, version, source), then one sheet per
 * table in page order. Amounts are numeric cells holding the exact decimal as published (written as
 * decimal text into the cell, never through binary floating point), shown with two decimals; every
 * text, including a department's, is a plain string cell, never a formula.
 */
final class Spreadsheets {

    private Spreadsheets() {
    }

    static byte[] write(ReportPage page, VersionInfo version, String address) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            about(book.createSheet("说明"), page, version, address, styles);
            List<Table> tables = page.allTables();
            for (int i = 0; i < tables.size(); i++) {
                table(book.createSheet(sheetName(i + 1, tables.get(i).title())), tables.get(i), styles);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle header, CellStyle amount, CellStyle total) {
        Styles(XSSFWorkbook book) {
            this(book.createCellStyle(), book.createCellStyle(), book.createCellStyle());
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            total.setFont(bold);
            amount.setDataFormat(book.createDataFormat().getFormat("0.00"));
        }
    }

    private static void about(Sheet sheet, ReportPage page, VersionInfo version, String address, Styles styles) {
        String[][] rows = {
                {page.title(), ""},
                {"地区", page.regionName()},
                {"部门编码", page.departmentCode()},
                {"年度", Integer.toString(page.fiscalYear())},
                {"版本", "第" + version.number() + "版（" + version.date() + version.actionLabel() + "）"},
                {"更正说明", version.note().orElse("")},
                {"审核情况", page.statusNote()},
                {"金额单位", "万元（单元格保存公开的精确数值，显示两位小数）"},
                {"来源", address}};
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(rows[i][0]);
            row.createCell(1).setCellValue(rows[i][1]);
            row.getCell(0).setCellStyle(styles.header());
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    private static void table(Sheet sheet, Table table, Styles styles) {
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(table.inWanYuan() ? table.title() + "（单位：万元）" : table.title());
        title.getCell(0).setCellStyle(styles.header());
        Row header = sheet.createRow(1);
        for (int c = 0; c < table.columns().size(); c++) {
            header.createCell(c).setCellValue(table.columns().get(c).label());
            header.getCell(c).setCellStyle(styles.header());
            sheet.setColumnWidth(c, (c == 0 || !table.columns().get(c).numeric() ? 24 : 14) * 256);
        }
        if (table.emptyNote().isPresent()) {
            sheet.createRow(2).createCell(0).setCellValue(table.emptyNote().get());
            return;
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Table.Row source = table.rows().get(r);
            Row row = sheet.createRow(r + 2);
            for (int c = 0; c < source.cells().size(); c++) {
                Table.Cell cell = source.cells().get(c);
                XSSFCell target = (XSSFCell) row.createCell(c);
                if (cell.isAmount()) {
                    target.getCTCell().setV(cell.amount().stripTrailingZeros().toPlainString());
                    target.setCellStyle(styles.amount());
                } else {
                    target.setCellValue(c == 0 ? "　".repeat(source.level()) + cell.text() : cell.text());
                    if (source.total()) {
                        target.setCellStyle(styles.total());
                    }
                }
            }
        }
    }

    /** "01 收入决算表": unique, at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(int number, String title) {
        String clean = title.replaceAll("[:\\\\/?*\\[\\]]", "");
        String name = String.format("%02d %s", number, clean);
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
