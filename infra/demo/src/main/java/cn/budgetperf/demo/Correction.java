package cn.budgetperf.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The department's correction of a transcribed document: each change sets one field, named by a path such
 * as {@code selfEvaluation.items[7].score}, to its value ({@code null} removes the field). The budget
 * service's {@code SeedCorrectionsTest} applies the same changes and checks that no ERROR remains.
 */
final class Correction {

    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[([0-9]+)])?");

    private Correction() {
    }

    static JsonNode apply(JsonNode document, JsonNode changes) {
        ObjectNode corrected = (ObjectNode) document.deepCopy();
        for (JsonNode change : changes) {
            String[] steps = change.get("path").asString().split("\\.");
            ObjectNode node = corrected;
            for (int i = 0; i < steps.length - 1; i++) {
                Matcher step = STEP.matcher(steps[i]);
                if (!step.matches() || node.get(step.group(1)) == null) {
                    throw new IllegalArgumentException("no field " + steps[i] + " in " + change.get("path").asString());
                }
                JsonNode next = node.get(step.group(1));
                node = (ObjectNode) (step.group(2) == null ? next : next.get(Integer.parseInt(step.group(2))));
            }
            JsonNode value = change.get("value");
            if (value.isNull()) {
                node.remove(steps[steps.length - 1]);
            } else {
                node.set(steps[steps.length - 1], value);
            }
        }
        return corrected;
    }
}
