package cn.budgetperf.scoring.score.domain;

/**
 * What a computation noticed (DESIGN §3.1 finding shape).
 *
 * @param ruleId   stable id
 * @param severity ERROR, WARNING or INFO
 * @param message  Chinese message
 * @param location the item or indicator concerned
 * @param expected what was expected, or {@code null}
 * @param actual   what was found, or {@code null}
 */
public record Finding(String ruleId, String severity, String message, String location, String expected, String actual) {

    static Finding error(String ruleId, String message, String location, String expected, String actual) {
        return new Finding(ruleId, "ERROR", message, location, expected, actual);
    }

    static Finding warning(String ruleId, String message, String location) {
        return new Finding(ruleId, "WARNING", message, location, null, null);
    }
}
