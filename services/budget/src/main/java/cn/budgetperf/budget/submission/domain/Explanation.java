package cn.budgetperf.budget.submission.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The department's written explanation of a WARNING (as HMDA's "verify" of a quality edit): kept with
 * the submission version and shown to the bureau beside the finding.
 *
 * @param ruleId   the rule whose warning it explains
 * @param location where the warning was found
 * @param text     the explanation
 * @param author   who wrote it
 * @param at       when
 */
public record Explanation(String ruleId, String location, String text, String author, Instant at) {

    public static final int MAX_LENGTH = 2000;

    public Explanation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(location, "location");
        if (text == null || text.isBlank()) {
            throw new WorkflowViolation("说明不能为空。");
        }
        if (text.strip().length() > MAX_LENGTH) {
            throw new WorkflowViolation("说明不能超过" + MAX_LENGTH + "个字。");
        }
        text = text.strip();
    }

    public String key() {
        return ruleId + "@" + location;
    }
}
