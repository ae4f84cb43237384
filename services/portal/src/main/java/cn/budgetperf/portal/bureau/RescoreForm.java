package cn.budgetperf.portal.bureau;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The re-score of one item as typed into its form: the points (0 to the item's maximum, at most two
 * decimals) and the reason (required, at most 500 characters); or the withdrawal of the bureau's
 * earlier re-score of the item (points left out, the reason still required).
 *
 * @param code     the item's code
 * @param points   the points as typed
 * @param reason   the reason as typed
 * @param withdraw whether the bureau withdraws its re-score instead
 */
record RescoreForm(String code, String points, String reason, boolean withdraw) {

    static final int MAX_REASON = 500;

    /** The Chinese problem with the input for an item of this maximum, or {@code null} when it can be sent. */
    String problem(String itemName, BigDecimal maxPoints) {
        if (withdraw) {
            return reasonProblem(itemName);
        }
        String typed = points == null ? "" : points.strip();
        if (typed.isEmpty()) {
            return "请填写“" + itemName + "”的复核得分";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(typed);
        } catch (NumberFormatException e) {
            return "“" + itemName + "”的复核得分应为数字，例如 8.5";
        }
        if (value.signum() < 0 || value.compareTo(maxPoints) > 0) {
            return "“" + itemName + "”的复核得分超出范围：应在 0 至 " + maxPoints.stripTrailingZeros().toPlainString() + " 分之间";
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return "“" + itemName + "”的复核得分最多保留两位小数";
        }
        return reasonProblem(itemName);
    }

    private String reasonProblem(String itemName) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            return "请填写复核“" + itemName + "”的理由";
        }
        if (why.length() > MAX_REASON) {
            return "复核理由不超过" + MAX_REASON + "个字";
        }
        return null;
    }

    /** The body of scoring's {@code POST /api/scores/{departmentCode}/{year}/review}. */
    Map<String, Object> body() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("points", withdraw ? null : new BigDecimal(points.strip()));
        item.put("reason", reason.strip());
        return Map.of("items", List.of(item));
    }
}
