package cn.budgetperf.portal.workspace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields that differ between two versions of a submission document, each with its Chinese name
 * and its value before and after; amounts (the document's decimal strings) in 万元 to two decimals
 * with the change. Rows of a table are matched by their code (or name), not their position, so a
 * reordered table shows no change.
 */
final class DocumentDiff {

    /** One changed field; {@code difference} is after − before for an amount present on both sides, else empty. */
    public record Change(String path, String label, String before, String after, String difference) {
    }

    private static final Pattern POSITION = Pattern.compile("\\[(\\d+)\\]");
    private static final Map<String, String> STATES = Map.of("DRAFT", "草稿", "SUBMITTED", "已报送", "RETURNED", "已退回",
            "ACCEPTED", "已审核通过");

    private DocumentDiff() {
    }

    static List<Change> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> old = flatten(before);
        Map<String, Object> now = flatten(after);
        Set<String> paths = new LinkedHashSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            Object a = old.get(path);
            Object b = now.get(path);
            if (!same(a, b)) {
                changes.add(new Change(path, FieldLabels.of(path), shown(path, a), shown(path, b), difference(path, a, b)));
            }
        }
        return changes;
    }

    /**
     * A change from the budget service's audit trail ({@code path}, {@code before}, {@code after} as text;
     * {@code document.} paths are the document's, list positions counted from one).
     */
    static Change audited(Map<String, Object> change) {
        String raw = String.valueOf(change.get("path"));
        String path = POSITION.matcher(raw.startsWith("document.") ? raw.substring("document.".length()) : raw)
                .replaceAll(m -> "[#" + (Integer.parseInt(m.group(1)) + 1) + "]");
        Object a = change.get("before");
        Object b = change.get("after");
        return new Change(path, FieldLabels.of(path), shown(path, a), shown(path, b), difference(path, a, b));
    }

    /** Every leaf of a JSON document by its path: {@code income.total.budget}, {@code functionalLines[208].actual}. */
    static Map<String, Object> flatten(Map<String, Object> document) {
        Map<String, Object> leaves = new LinkedHashMap<>();
        if (document != null) {
            walk("", document, leaves);
        }
        return leaves;
    }

    @SuppressWarnings("unchecked")
    private static void walk(String path, Object value, Map<String, Object> leaves) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(path.isEmpty() ? k.toString() : path + "." + k, v, leaves));
        } else if (value instanceof List<?> list) {
            List<String> keys = rowKeys((List<Object>) list);
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + keys.get(i) + "]", list.get(i), leaves);
            }
        } else if (value != null) {
            leaves.put(path, value);
        }
    }

    private static List<String> rowKeys(List<Object> rows) {
        for (String field : List.of("code", "name")) {
            List<String> keys = rows.stream().map(r -> r instanceof Map<?, ?> m && m.get(field) != null ? m.get(field).toString() : null)
                    .toList();
            if (keys.stream().allMatch(Objects::nonNull) && new LinkedHashSet<>(keys).size() == keys.size()) {
                return keys;
            }
        }
        List<String> positions = new ArrayList<>();
        for (int i = 1; i <= rows.size(); i++) {
            positions.add("#" + i);
        }
        return positions;
    }

    private static boolean same(Object a, Object b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        return x != null && y != null && x.compareTo(y) == 0;
    }

    /** An amount: a decimal string whose field is not a code or a name. */
    static boolean isAmount(String path, Object value) {
        String leaf = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
        return value instanceof String && decimal(value) != null && !leaf.toLowerCase().endsWith("code") && !leaf.endsWith("ame");
    }

    private static String shown(String path, Object value) {
        if (value == null) {
            return "—";
        }
        if (isAmount(path, value)) {
            return Amounts.wan(value);
        }
        if (path.equals("status") && STATES.containsKey(value.toString())) {
            return STATES.get(value.toString());
        }
        if (value instanceof Boolean || "true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean(value.toString()) ? "是" : "否";
        }
        return value.toString();
    }

    private static String difference(String path, Object a, Object b) {
        if (a == null || b == null || !isAmount(path, a) || !isAmount(path, b)) {
            return "";
        }
        BigDecimal change = decimal(b).subtract(decimal(a));
        return (change.signum() > 0 ? "+" : "") + Amounts.wan(change.toPlainString());
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
