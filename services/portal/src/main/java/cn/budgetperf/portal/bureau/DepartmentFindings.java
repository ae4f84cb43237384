package cn.budgetperf.portal.bureau;

import java.util.List;
import java.util.Map;

/**
 * One department's findings on the current content of its submission, counted by severity.
 *
 * @param row         the department on the dashboard
 * @param errors      ERROR findings (they block submission)
 * @param warnings    WARNING findings
 * @param unexplained WARNINGs without the department's explanation
 * @param infos       INFO findings
 */
public record DepartmentFindings(DashboardRow row, long errors, long warnings, long unexplained, long infos) {

    @SuppressWarnings("unchecked")
    static DepartmentFindings of(DashboardRow row) {
        List<Map<String, Object>> findings = row.submission().get("findings") instanceof List<?> list
                ? (List<Map<String, Object>>) list : List.of();
        return new DepartmentFindings(row,
                findings.stream().filter(f -> "ERROR".equals(f.get("severity"))).count(),
                findings.stream().filter(f -> "WARNING".equals(f.get("severity"))).count(),
                findings.stream().filter(f -> "WARNING".equals(f.get("severity")) && f.get("explanation") == null).count(),
                findings.stream().filter(f -> "INFO".equals(f.get("severity"))).count());
    }

    /** The findings of one rule on this submission. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> ofRule(String ruleId) {
        return row.submission().get("findings") instanceof List<?> list
                ? ((List<Map<String, Object>>) list).stream().filter(f -> ruleId.equals(f.get("ruleId"))).toList() : List.of();
    }
}
