package cn.budgetperf.contracts.scoring.v1;

import java.util.Objects;

/**
 * Something the computation noticed in the inputs (DESIGN §3.1 finding shape).
 *
 * @param ruleId   stable rule id, e.g. {@code SCORE_TOTAL_MISMATCH}
 * @param severity ERROR, WARNING or INFO
 * @param message  Chinese message naming what is wrong
 * @param location the item or indicator concerned, e.g. {@code selfEvaluation.items[yanbian-dept-2024/finance/system]}
 * @param expected what the rule expected, or {@code null}
 * @param actual   what was found, or {@code null}
 */
public record ScoreFinding(String ruleId, String severity, String message, String location, String expected, String actual) {

    public ScoreFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
