package cn.budgetperf.portal.bureau;

import cn.budgetperf.portal.workspace.Amounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One item of a score as the drill-down lists it, from scoring's {@code detail}: the department's
 * items first, then each project's.
 *
 * @param index        position on the page, for the form fields' ids
 * @param group        部门整体 or the project's name
 * @param code         the item's code in scoring
 * @param name         its name
 * @param maxPoints    满分
 * @param selfPoints   the department's own points ({@code null}: blank)
 * @param points       the final points (the bureau's where it re-scored)
 * @param reviewReason the bureau's reason, if it re-scored
 * @param applicable   whether the item counts
 * @param deduction    whether it is a 扣分项
 */
public record ScoreItemRow(int index, String group, String code, String name, Object maxPoints, Object selfPoints, Object points,
                           String reviewReason, boolean applicable, boolean deduction) {

    @SuppressWarnings("unchecked")
    static List<ScoreItemRow> of(Map<String, Object> score) {
        List<ScoreItemRow> rows = new ArrayList<>();
        if (score == null || !(score.get("detail") instanceof Map<?, ?> detail)) {
            return rows;
        }
        add(rows, "部门整体", (List<Map<String, Object>>) detail.get("items"));
        if (detail.get("projects") instanceof List<?> projects) {
            for (Object p : projects) {
                Map<String, Object> project = (Map<String, Object>) p;
                add(rows, "项目：" + project.get("name"), (List<Map<String, Object>>) project.get("items"));
            }
        }
        return rows;
    }

    private static void add(List<ScoreItemRow> rows, String group, List<Map<String, Object>> items) {
        if (items == null) {
            return;
        }
        for (Map<String, Object> i : items) {
            rows.add(new ScoreItemRow(rows.size(), group, String.valueOf(i.get("code")), String.valueOf(i.get("name")),
                    i.get("maxPoints"), i.get("selfPoints"), i.get("points"), (String) i.get("reviewReason"),
                    Boolean.TRUE.equals(i.get("applicable")), Boolean.TRUE.equals(i.get("deduction"))));
        }
    }

    public boolean reviewed() {
        return reviewReason != null && !reviewReason.isBlank();
    }

    public String maxText() {
        return Amounts.wan(maxPoints);
    }

    public String selfPointsText() {
        return selfPoints == null ? "未填" : Amounts.wan(selfPoints);
    }

    public String pointsText() {
        return Amounts.wan(points);
    }
}
