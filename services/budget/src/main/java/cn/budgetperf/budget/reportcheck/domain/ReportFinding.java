package cn.budgetperf.budget.reportcheck.domain;

/**
 * A contradiction found in a report's prose (DESIGN §3.1 shape).
 *
 * @param ruleId   the rule that fired ({@link ReportRule})
 * @param severity ERROR, WARNING or INFO
 * @param message  Chinese explanation for the department and the reviewer
 * @param location the quoted excerpt and its offsets
 * @param expected what the arithmetic gives
 * @param actual   what the report states
 */
public record ReportFinding(String ruleId, Severity severity, String message, TextLocation location, String expected,
                            String actual) {
}
