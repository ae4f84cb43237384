package cn.budgetperf.scoring.score.adapter.web;

import cn.budgetperf.scoring.score.adapter.persistence.ComputationHistory;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One kept computation: why it ran, the rules applied, what went in and what came out. */
record HistoryView(int sequence, String trigger, String ruleVersion, Instant computedAt, JsonNode inputs, JsonNode result) {

    static HistoryView of(ComputationHistory.Computation c, JsonMapper json) {
        return new HistoryView(c.sequence(), c.trigger(), c.ruleVersion(), c.computedAt(), tree(c.inputs(), json), tree(c.result(), json));
    }

    /** Computations kept before schema 1.1 stored plain text; they are shown as text. */
    private static JsonNode tree(String text, JsonMapper json) {
        try {
            return json.readTree(text);
        } catch (RuntimeException notJson) {
            return json.getNodeFactory().stringNode(text);
        }
    }
}
