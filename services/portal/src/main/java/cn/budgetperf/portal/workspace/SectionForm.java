package cn.budgetperf.portal.workspace;

import cn.budgetperf.portal.workspace.Sections.Field;
import cn.budgetperf.portal.workspace.Sections.Kind;
import cn.budgetperf.portal.workspace.Sections.Section;
import cn.budgetperf.portal.workspace.Sections.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A section's form and the document: the inputs' current texts by input name (a document path,
 * {@code functionalLines[0].code} for a table cell), and the typed texts written back into a copy of
 * the document with a Chinese problem for every input that cannot be stored. A blank input means not
 * reported; a table row left blank is removed.
 */
final class SectionForm {

    /** The document with the form applied, and what was wrong (nothing applied is sent when this is not empty). */
    record Applied(Map<String, Object> document, List<String> problems) {
    }

    private SectionForm() {
    }

    /** The number of rows the form shows for a table: the document's rows and some blank ones. */
    static int rowsShown(Table table, Map<String, Object> document) {
        return list(get(document, table.path())).size() + table.blankRows();
    }

    static Map<String, String> values(Section section, Map<String, Object> document) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field row : section.amountRows()) {
            for (Field column : Sections.AMOUNT_COLUMNS) {
                String path = row.path() + "." + column.path();
                values.put(path, text(column.kind(), get(document, path)));
            }
        }
        section.fields().forEach(f -> values.put(f.path(), text(f.kind(), get(document, f.path()))));
        if (section.table() != null) {
            List<Object> rows = list(get(document, section.table().path()));
            for (int i = 0; i < rows.size(); i++) {
                for (Field column : section.table().columns()) {
                    values.put(cell(section.table(), i, column), text(column.kind(), get(asMap(rows.get(i)), column.path())));
                }
            }
        }
        return values;
    }

    static Applied apply(Section section, Map<String, Object> document, Map<String, String> form) {
        Map<String, Object> copy = deepCopy(document);
        List<String> problems = new ArrayList<>();
        for (Field row : section.amountRows()) {
            for (Field column : Sections.AMOUNT_COLUMNS) {
                String path = row.path() + "." + column.path();
                put(copy, path, parse(row.label() + " · " + column.label(), column, form.get(path), problems));
            }
        }
        for (Field field : section.fields()) {
            put(copy, field.path(), parse(field.label(), field, form.get(field.path()), problems));
        }
        if (section.table() != null) {
            Table table = section.table();
            List<Object> existing = list(get(document, table.path()));
            List<Object> rows = new ArrayList<>();
            int shown = Math.max(existing.size() + table.blankRows(), rowsIn(table, form));
            for (int i = 0; i < shown; i++) {
                int index = i;
                if (table.columns().stream().allMatch(c -> blank(form.get(cell(table, index, c))))) {
                    continue;
                }
                Map<String, Object> row = i < existing.size() ? deepCopy(asMap(existing.get(i))) : new LinkedHashMap<>();
                for (Field column : table.columns()) {
                    row.put(column.path(), parse("第" + (i + 1) + "行 · " + column.label(), column, form.get(cell(table, i, column)), problems));
                }
                rows.add(row);
            }
            put(copy, table.path(), rows.isEmpty() && existing.isEmpty() ? get(document, table.path()) : rows);
        }
        return new Applied(copy, problems);
    }

    static String cell(Table table, int row, Field column) {
        return table.path() + "[" + row + "]." + column.path();
    }

    private static int rowsIn(Table table, Map<String, String> form) {
        int max = 0;
        for (String name : form.keySet()) {
            if (name.startsWith(table.path() + "[")) {
                String index = name.substring(table.path().length() + 1, name.indexOf(']', table.path().length()));
                if (index.matches("\\d{1,3}")) {
                    max = Math.max(max, Integer.parseInt(index) + 1);
                }
            }
        }
        return max;
    }

    private static Object parse(String label, Field field, String input, List<String> problems) {
        if (blank(input)) {
            return null;
        }
        String value = input.strip();
        switch (field.kind()) {
            case MONEY -> {
                String problem = Amounts.problemWith(label, value);
                if (problem != null) {
                    problems.add(problem);
                    return null;
                }
                return value;
            }
            case COUNT -> {
                if (!value.matches("\\d{1,9}")) {
                    problems.add(label + "应为不小于 0 的整数");
                    return null;
                }
                return Integer.valueOf(value);
            }
            case POINTS -> {
                try {
                    BigDecimal points = new BigDecimal(value);
                    if (points.signum() < 0 || points.compareTo(new BigDecimal("1000")) > 0 || points.scale() > 2) {
                        problems.add(label + "应为 0 至 1000 之间、最多两位小数的分数");
                        return null;
                    }
                    return points;
                } catch (NumberFormatException e) {
                    problems.add(label + "应为分数，例如 91.5");
                    return null;
                }
            }
            case CHOICE -> {
                if (!field.options().containsKey(value)) {
                    problems.add(label + "请从列表中选择");
                    return null;
                }
                return value;
            }
            case LINES -> {
                List<String> lines = Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (lines.stream().anyMatch(s -> s.length() > 2000)) {
                    problems.add(label + "每行最多 2000 字");
                    return null;
                }
                return lines;
            }
            default -> {
                if (value.length() > 2000) {
                    problems.add(label + "最多 2000 字");
                    return null;
                }
                return value;
            }
        }
    }

    private static String text(Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        if (kind == Kind.LINES && value instanceof List<?> lines) {
            return String.join("\n", lines.stream().map(String::valueOf).toList());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Object get(Map<String, Object> document, String path) {
        Object node = document;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node;
    }

    /** Sets a value at a dotted path, creating the objects on the way; a {@code null} where nothing exists changes nothing. */
    private static void put(Map<String, Object> document, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = document;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = node.get(parts[i]);
            if (!(next instanceof Map<?, ?>)) {
                if (value == null) {
                    return;
                }
                next = new LinkedHashMap<String, Object>();
                node.put(parts[i], next);
            }
            node = asMap(next);
        }
        if (value == null && !node.containsKey(parts[parts.length - 1])) {
            return;
        }
        node.put(parts[parts.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k.toString(), deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return value;
    }
}
