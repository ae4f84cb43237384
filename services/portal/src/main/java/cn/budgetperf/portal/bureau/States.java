package cn.budgetperf.portal.bureau;

import java.util.List;
import java.util.Map;

/** The states the dashboard counts, in the order of the workflow. */
final class States {

    static final List<String> ORDER = List.of("未开始", "草稿", "已报送", "已退回", "已审核通过", "已公开", "已更正", "已撤回");

    private States() {
    }

    @SuppressWarnings("unchecked")
    static String label(Map<String, Object> submission) {
        if (submission.get("publication") instanceof Map<?, ?> publication) {
            String state = String.valueOf(((Map<String, Object>) publication).get("state"));
            switch (state) {
                case "PUBLISHED" -> {
                    return "已公开";
                }
                case "CORRECTED" -> {
                    return "已更正";
                }
                case "WITHDRAWN" -> {
                    return "已撤回";
                }
                default -> {
                }
            }
        }
        Object label = submission.get("statusLabel");
        return label == null ? String.valueOf(submission.get("status")) : label.toString();
    }
}
