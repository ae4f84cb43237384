package cn.budgetperf.portal.bureau;

import java.util.Map;

/**
 * One department on the dashboard: its directory entry, its submission of the year (or
 * {@code null}: not started) and its line in scoring's ranking (or {@code null}: not scored).
 */
public record DashboardRow(String departmentCode, String departmentName, Map<String, Object> submission,
                           Map<String, Object> score) {

    /** 未开始, the workflow state, or the publication state once published. */
    public String state() {
        if (submission == null) {
            return "未开始";
        }
        return States.label(submission);
    }

    /** The '三公' change its submission reports, or {@code null}. */
    public ThreePublicChange threePublic() {
        return ThreePublicChange.of(submission);
    }
}
