package cn.budgetperf.budget.workbook.adapter.excel;

import cn.budgetperf.budget.document.domain.ProjectKind;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.budget.document.domain.UnitType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes a document (or the blank template) as a workbook in the layout of {@link WorkbookLayout}. */
@Component
public class WorkbookWriter {

    private final JsonMapper json;

    public WorkbookWriter(JsonMapper json) {
        this.json = json;
    }

    /** The blank template, with the department's code and name filled in when known. */
    public byte[] template(String departmentCode, String departmentName, Integer year) {
        var root = json.createObjectNode();
        if (departmentCode != null) {
            root.put("departmentCode", departmentCode);
        }
        if (departmentName != null) {
            root.put("departmentName", departmentName);
        }
        if (year != null) {
            root.put("fiscalYear", year);
        }
        return write(root);
    }

    public byte[] export(SubmissionDocument document) {
        return write(json.valueToTree(document));
    }

    private byte[] write(JsonNode root) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            for (SheetSpec spec : WorkbookLayout.SHEETS) {
                XSSFSheet sheet = book.createSheet(spec.name());
                if (spec instanceof SheetSpec.Fields f) {
                    fields(sheet, header, f, root);
                } else if (spec instanceof SheetSpec.AmountRows a) {
                    amountRows(sheet, header, a, root);
                } else if (spec instanceof SheetSpec.Table t) {
                    table(sheet, header, t, root);
                } else if (spec instanceof SheetSpec.Groups g) {
                    groups(sheet, header, g, root);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fields(XSSFSheet sheet, XSSFCellStyle header, SheetSpec.Fields spec, JsonNode root) {
        headerRow(sheet, header, List.of("项目", "值"));
        int r = 1;
        for (Field f : spec.fields()) {
            XSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(f.label());
            put(row.createCell(1), f.kind(), Paths.get(root, f.path()));
        }
        widths(sheet, 2);
    }

    private static void amountRows(XSSFSheet sheet, XSSFCellStyle header, SheetSpec.AmountRows spec, JsonNode root) {
        headerRow(sheet, header, concat("项目（万元）", WorkbookLayout.AMOUNT_HEADERS));
        int r = 1;
        for (Field f : spec.rows()) {
            XSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(f.label());
            JsonNode amounts = Paths.get(root, f.path());
            for (int c = 0; c < WorkbookLayout.AMOUNT_COLUMNS.size(); c++) {
                put(row.createCell(c + 1), Kind.MONEY, amounts == null ? null : Paths.get(amounts, WorkbookLayout.AMOUNT_COLUMNS.get(c)));
            }
        }
        widths(sheet, 5);
    }

    private static void table(XSSFSheet sheet, XSSFCellStyle header, SheetSpec.Table spec, JsonNode root) {
        headerRow(sheet, header, spec.columns().stream().map(Field::label).toList());
        JsonNode items = Paths.get(root, spec.arrayPath());
        int r = 1;
        if (items != null) {
            for (JsonNode item : items) {
                XSSFRow row = sheet.createRow(r++);
                for (int c = 0; c < spec.columns().size(); c++) {
                    Field f = spec.columns().get(c);
                    put(row.createCell(c), f.kind(), Paths.get(item, f.path()));
                }
            }
        }
        widths(sheet, spec.columns().size());
    }

    private static void groups(XSSFSheet sheet, XSSFCellStyle header, SheetSpec.Groups spec, JsonNode root) {
        headerRow(sheet, header, concat("分组", spec.columns().stream().map(Field::label).toList()));
        int r = 1;
        for (Field group : spec.groups()) {
            JsonNode items = Paths.get(root, group.path());
            if (items == null) {
                continue;
            }
            for (JsonNode item : items) {
                XSSFRow row = sheet.createRow(r++);
                row.createCell(0).setCellValue(group.label());
                for (int c = 0; c < spec.columns().size(); c++) {
                    Field f = spec.columns().get(c);
                    Kind kind = f.path().equals("amount") || f.path().equals("count") ? group.kind() : f.kind();
                    put(row.createCell(c + 1), kind, Paths.get(item, f.path()));
                }
            }
        }
        widths(sheet, spec.columns().size() + 1);
    }

    /** Numbers go in as the exact decimal text the file stores; nothing passes through binary floating point. */
    private static void put(XSSFCell cell, Kind kind, JsonNode value) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case MONEY, COUNT, POINTS -> {
                cell.setCellType(CellType.NUMERIC);
                cell.getCTCell().setV(value.isNumber() ? value.decimalValue().toPlainString() : value.asString());
            }
            case YES_NO -> cell.setCellValue(value.asBoolean() ? "是" : "否");
            case TEXT_LIST -> cell.setCellValue(String.join("、", value.valueStream().map(JsonNode::asString).toList()));
            case UNIT_TYPE -> cell.setCellValue(UnitType.valueOf(value.asString()).label());
            case PROJECT_KIND -> cell.setCellValue(ProjectKind.valueOf(value.asString()).label());
            case TEXT -> cell.setCellValue(value.asString());
        }
    }

    private static void headerRow(XSSFSheet sheet, XSSFCellStyle style, List<String> labels) {
        XSSFRow row = sheet.createRow(0);
        for (int c = 0; c < labels.size(); c++) {
            XSSFCell cell = row.createCell(c);
            cell.setCellValue(labels.get(c));
            cell.setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(XSSFSheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (c == 0 ? 36 : 18) * 256);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
