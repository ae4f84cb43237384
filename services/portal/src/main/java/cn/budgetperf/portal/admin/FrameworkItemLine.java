package cn.budgetperf.portal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One item of a framework's tree as a line of the admin's table, indented by its depth.
 *
 * @param depth     0 for a top-level item
 * @param key       the item's key
 * @param name      its name
 * @param maxPoints its maximum ({@code null}: configured per jurisdiction)
 * @param kind      SCORED or DEDUCTION
 * @param criteria  评分标准
 * @param evidence  佐证材料
 */
public record FrameworkItemLine(int depth, String key, String name, Object maxPoints, String kind, String criteria, String evidence) {

    static List<FrameworkItemLine> flatten(Object items) {
        List<FrameworkItemLine> lines = new ArrayList<>();
        add(lines, items, 0);
        return lines;
    }

    private static void add(List<FrameworkItemLine> lines, Object items, int depth) {
        if (!(items instanceof List<?> list)) {
            return;
        }
        for (Object o : list) {
            if (o instanceof Map<?, ?> item) {
                lines.add(new FrameworkItemLine(depth, text(item.get("key")), text(item.get("name")), item.get("maxPoints"),
                        text(item.get("kind")), text(item.get("criteria")), text(item.get("evidence"))));
                add(lines, item.get("children"), depth + 1);
            }
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The name indented with full-width spaces, two per level. */
    public String indentedName() {
        return "　　".repeat(depth) + name;
    }

    public boolean deduction() {
        return "DEDUCTION".equals(kind);
    }
}
