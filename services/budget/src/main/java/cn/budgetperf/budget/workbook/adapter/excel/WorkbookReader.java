package cn.budgetperf.budget.workbook.adapter.excel;

import cn.budgetperf.budget.document.domain.ProjectKind;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.budget.document.domain.UnitType;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a filled workbook back into a document. Every cell is checked on its own — numbers where
 * numbers belong, no formulas, amounts not negative and to the fen — and every bad cell is reported
 * with its sheet, row and column; only a workbook without bad cells becomes a document.
 */
@Component
public class WorkbookReader {

    static final int MAX_ROWS = 5000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonMapper json;

    public WorkbookReader(JsonMapper json) {
        this.json = json;
    }

    public SubmissionDocument read(byte[] xlsx) {
        List<CellError> errors = new ArrayList<>();
        ObjectNode root = NODES.objectNode();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (SheetSpec spec : WorkbookLayout.SHEETS) {
                XSSFSheet sheet = book.getSheet(spec.name());
                if (sheet == null) {
                    continue;
                }
                if (sheet.getLastRowNum() > MAX_ROWS) {
                    errors.add(new CellError(spec.name(), sheet.getLastRowNum() + 1, "A", "A" + (sheet.getLastRowNum() + 1),
                            "工作表最多" + MAX_ROWS + "行"));
                    continue;
                }
                Sheet reading = new Sheet(sheet, errors);
                if (spec instanceof SheetSpec.Fields f) {
                    reading.fields(f, root);
                } else if (spec instanceof SheetSpec.AmountRows a) {
                    reading.amountRows(a, root);
                } else if (spec instanceof SheetSpec.Table t) {
                    reading.table(t, root);
                } else if (spec instanceof SheetSpec.Groups g) {
                    reading.groups(g, root);
                }
            }
        } catch (WorkbookRejected e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new WorkbookRejected("文件不是有效的 .xlsx 工作簿（可能已损坏，或是旧版 .xls），请用模板重新填写后上传。", List.of());
        }
        if (!errors.isEmpty()) {
            throw new WorkbookRejected("工作簿有" + errors.size() + "个单元格有误，未保存；请按列出的位置逐一修改。", errors);
        }
        try {
            return json.treeToValue(root, SubmissionDocument.class);
        } catch (RuntimeException e) {
            IllegalArgumentException invariant = causeOf(e);
            throw new WorkbookRejected("工作簿内容有误，未保存：" + (invariant == null ? "内容不完整" : invariant.getMessage()), List.of());
        }
    }

    private static IllegalArgumentException causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException iae) {
                return iae;
            }
        }
        return null;
    }

    /** One sheet being read, reporting into the shared error list. */
    private static final class Sheet {

        private final XSSFSheet sheet;
        private final List<CellError> errors;

        Sheet(XSSFSheet sheet, List<CellError> errors) {
            this.sheet = sheet;
            this.errors = errors;
        }

        void fields(SheetSpec.Fields spec, ObjectNode root) {
            eachLabelledRow(spec.fields(), (row, f) -> {
                JsonNode value = value(row.getCell(1), f.kind());
                if (value != null) {
                    Paths.set(root, f.path(), value);
                }
            });
        }

        void amountRows(SheetSpec.AmountRows spec, ObjectNode root) {
            eachLabelledRow(spec.rows(), (row, f) -> {
                for (int c = 0; c < WorkbookLayout.AMOUNT_COLUMNS.size(); c++) {
                    JsonNode value = value(row.getCell(c + 1), Kind.MONEY);
                    if (value != null) {
                        Paths.object(root, f.path()).set(WorkbookLayout.AMOUNT_COLUMNS.get(c), value);
                    }
                }
            });
        }

        /** Each row whose first cell names one of {@code fields}; an unknown name is reported on its cell. */
        private void eachLabelledRow(List<Field> fields, BiConsumer<XSSFRow, Field> read) {
            Map<String, Field> byLabel = byLabel(fields);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                String label = row == null ? null : text(row.getCell(0));
                if (label == null) {
                    continue;
                }
                Field f = byLabel.get(label);
                if (f == null) {
                    error(row.getCell(0), "不认识的项目“" + label + "”，请使用模板中的项目名称");
                    continue;
                }
                read.accept(row, f);
            }
        }

        void table(SheetSpec.Table spec, ObjectNode root) {
            int[] columns = columns(spec.columns());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (blank(row)) {
                    continue;
                }
                ObjectNode item = NODES.objectNode();
                for (int i = 0; i < spec.columns().size(); i++) {
                    JsonNode value = columns[i] < 0 ? null : value(row.getCell(columns[i]), spec.columns().get(i).kind());
                    if (value != null) {
                        Paths.set(item, spec.columns().get(i).path(), value);
                    }
                }
                Paths.array(root, spec.arrayPath()).add(item);
            }
        }

        void groups(SheetSpec.Groups spec, ObjectNode root) {
            Map<String, Field> byLabel = byLabel(spec.groups());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (blank(row)) {
                    continue;
                }
                String label = text(row.getCell(0));
                Field group = label == null ? null : byLabel.get(label);
                if (group == null) {
                    error(row.getCell(0), "分组应为：" + String.join("、", byLabel.keySet()));
                    continue;
                }
                ArrayNode items = Paths.array(root, group.path());
                if (spec.columns().size() == 1 && spec.columns().get(0).path().isEmpty()) {
                    JsonNode value = value(row.getCell(1), Kind.TEXT);
                    if (value != null) {
                        items.add(value);
                    }
                    continue;
                }
                ObjectNode item = NODES.objectNode();
                for (int c = 0; c < spec.columns().size(); c++) {
                    Field f = spec.columns().get(c);
                    Kind kind = f.path().equals("amount") || f.path().equals("count") ? group.kind() : f.kind();
                    JsonNode value = value(row.getCell(c + 1), kind);
                    if (value != null) {
                        item.set(f.path(), value);
                    }
                }
                items.add(item);
            }
        }

        private int[] columns(List<Field> fields) {
            XSSFRow header = sheet.getRow(0);
            int[] at = new int[fields.size()];
            Arrays.fill(at, -1);
            if (header == null) {
                return at;
            }
            Map<String, Integer> byLabel = new HashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String label = text(header.getCell(c));
                if (label != null) {
                    byLabel.put(label, c);
                }
            }
            for (int i = 0; i < fields.size(); i++) {
                at[i] = byLabel.getOrDefault(fields.get(i).label(), -1);
            }
            return at;
        }

        /** The cell's value as JSON, or {@code null} when blank or bad (a bad cell is reported). */
        private JsonNode value(XSSFCell cell, Kind kind) {
            if (cell == null) {
                return null;
            }
            switch (cell.getCellType()) {
                case BLANK:
                    return null;
                case FORMULA:
                    return error(cell, "单元格含公式；请复制后“选择性粘贴为数值”，只上传数值");
                case ERROR:
                    return error(cell, "单元格是错误值（如 #DIV/0!）");
                default:
                    break;
            }
            return switch (kind) {
                case MONEY, COUNT, POINTS -> number(cell, kind);
                case TEXT -> NODES.stringNode(raw(cell));
                case TEXT_LIST -> {
                    ArrayNode list = NODES.arrayNode();
                    Arrays.stream(raw(cell).split("[、，,；;]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(list::add);
                    yield list;
                }
                case YES_NO -> switch (raw(cell)) {
                    case "是", "TRUE", "true" -> NODES.booleanNode(true);
                    case "否", "FALSE", "false" -> NODES.booleanNode(false);
                    default -> error(cell, "应填“是”或“否”，而不是“" + raw(cell) + "”");
                };
                case UNIT_TYPE -> Arrays.stream(UnitType.values()).filter(u -> u.label().equals(raw(cell))).findFirst()
                        .<JsonNode>map(u -> NODES.stringNode(u.name()))
                        .orElseGet(() -> error(cell, "单位类型应为：行政单位、参照公务员法管理的事业单位、事业单位"));
                case PROJECT_KIND -> Arrays.stream(ProjectKind.values()).filter(k -> k.label().equals(raw(cell))).findFirst()
                        .<JsonNode>map(k -> NODES.stringNode(k.name()))
                        .orElseGet(() -> error(cell, "项目类别应为：常年项目、一次性项目"));
            };
        }

        private JsonNode number(XSSFCell cell, Kind kind) {
            String raw = raw(cell);
            BigDecimal value;
            try {
                value = new BigDecimal(raw.replace(",", ""));
            } catch (NumberFormatException e) {
                return error(cell, "应填数字" + (kind == Kind.MONEY ? "（万元）" : "") + "，不能填文字“" + abbreviate(raw) + "”");
            }
            if (value.signum() < 0) {
                return error(cell, "不能为负数（" + raw + "）");
            }
            if (kind == Kind.MONEY && value.stripTrailingZeros().scale() > 6) {
                return error(cell, "金额最多保留6位小数（万元，精确到分）：" + raw);
            }
            if (kind == Kind.MONEY && value.precision() - value.scale() > 12) {
                return error(cell, "金额过大，最多12位整数（万元）：" + raw);
            }
            if (kind == Kind.COUNT && (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(10_000_000)) > 0)) {
                return error(cell, "应填0至10000000之间的整数：" + raw);
            }
            if (kind == Kind.POINTS && (value.stripTrailingZeros().scale() > 4 || value.compareTo(BigDecimal.valueOf(1000)) > 0)) {
                return error(cell, "分值应在0至1000之间，最多4位小数：" + raw);
            }
            return kind == Kind.COUNT ? NODES.numberNode(value.intValueExact()) : NODES.stringNode(value.toPlainString());
        }

        /** The cell's content as the file stores it: numbers as their exact decimal text. */
        private static String raw(XSSFCell cell) {
            return switch (cell.getCellType()) {
                case NUMERIC -> cell.getRawValue().strip();
                case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
                default -> cell.getStringCellValue().strip();
            };
        }

        private static String text(XSSFCell cell) {
            if (cell == null || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK
                    || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                    || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.ERROR) {
                return null;
            }
            String s = raw(cell);
            return s.isEmpty() ? null : s;
        }

        private static boolean blank(XSSFRow row) {
            if (row == null) {
                return true;
            }
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                XSSFCell cell = row.getCell(c);
                if (cell != null && cell.getCellType() != org.apache.poi.ss.usermodel.CellType.BLANK
                        && !(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().isBlank())) {
                    return false;
                }
            }
            return true;
        }

        private JsonNode error(XSSFCell cell, String message) {
            CellReference ref = new CellReference(cell.getRowIndex(), cell.getColumnIndex());
            errors.add(new CellError(sheet.getSheetName(), cell.getRowIndex() + 1, CellReference.convertNumToColString(cell.getColumnIndex()),
                    ref.formatAsString(false), message));
            return null;
        }

        private static String abbreviate(String s) {
            return s.length() > 20 ? s.substring(0, 20) + "…" : s;
        }

        private static Map<String, Field> byLabel(List<Field> fields) {
            Map<String, Field> map = new java.util.LinkedHashMap<>();
            fields.forEach(f -> map.put(f.label(), f));
            return map;
        }
    }
}
