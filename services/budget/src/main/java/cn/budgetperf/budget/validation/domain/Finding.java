package cn.budgetperf.budget.validation.domain;

/**
 * A problem found in a submission (DESIGN §3.1).
 *
 * @param ruleId   the rule that fired
 * @param severity ERROR blocks submission, WARNING needs an explanation, INFO informs
 * @param message  Chinese message for the department and the bureau
 * @param location field path, e.g. {@code income.total.budget}
 * @param expected the value the rule expected, or {@code null}
 * @param actual   the value found, or {@code null}
 */
public record Finding(String ruleId, Severity severity, String message, String location, String expected, String actual) {

    /** The key a WARNING's explanation is kept under: the same rule at the same place. */
    public String key() {
        return ruleId + "@" + location;
    }
}
