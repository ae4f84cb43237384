package cn.budgetperf.portal.bureau;

import java.util.Map;

/** The Chinese words for the budget service's rule severities and categories. */
public final class RuleLabels {

    private static final Map<String, String> SEVERITIES = Map.of("ERROR", "错误", "WARNING", "警告", "INFO", "提示");
    private static final Map<String, String> CATEGORIES = Map.of(
            "EXISTENCE", "存在性", "ACCURACY", "准确性", "COMPLETENESS", "完整性", "PLAUSIBILITY", "合理性");

    private RuleLabels() {
    }

    public static String severity(Object severity) {
        return SEVERITIES.getOrDefault(String.valueOf(severity), String.valueOf(severity));
    }

    public static String category(Object category) {
        return CATEGORIES.getOrDefault(String.valueOf(category), String.valueOf(category));
    }
}
