package cn.budgetperf.budget.validation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.budget.document.domain.SubmissionDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo world's "部门更正版" of each seed (the fixture's {@code correctedVersion}: the department's
 * minimal correction of the real errors, each change with its reason): applied to the faithful
 * transcription it leaves no ERROR, it fixes only what the faithful version's ERRORs name, and every
 * change says why. The demo loader (infra/demo) applies the same changes the same way.
 */
class SeedCorrectionsTest {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[([0-9]+)])?");

    static Stream<String> seeds() throws IOException {
        return SeedSubmissionsTest.seeds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void whenTheDepartmentsCorrectionIsApplied_thenNoErrorRemains(String file) throws IOException {
        JsonNode fixture = Documents.JSON.readTree(Files.readString(SEEDS.resolve(file)));

        List<Finding> findings = validate(corrected(fixture));

        assertThat(findings).as(file).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void whenTheCorrectionIsRead_thenItHasANoteAndEveryChangeSaysWhyAndAnswersAnErrorOfTheFaithfulVersion(String file)
            throws IOException {
        JsonNode fixture = Documents.JSON.readTree(Files.readString(SEEDS.resolve(file)));
        JsonNode correction = fixture.get("correctedVersion");
        List<String> errors = validate(fixture.get("document")).stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::ruleId).distinct().toList();

        assertThat(correction.get("note").asString()).as(file).isNotBlank();
        for (JsonNode change : correction.get("changes")) {
            String why = change.get("why").asString();
            assertThat(errors).as("%s: %s names an ERROR of the faithful version", file, change.get("path").asString())
                    .anyMatch(why::contains);
        }
        assertThat(String.join("\n", fixture.get("transcriptionNotes").valueStream().map(JsonNode::asString).toList()))
                .as(file).contains(correction.get("note").asString());
    }

    private static List<Finding> validate(JsonNode document) {
        SubmissionDocument parsed = Documents.JSON.treeToValue(document, SubmissionDocument.class);
        return RuleRegistry.standard().validate(parsed, Documents.shippedCatalog());
    }

    /** The faithful document with each change set (a {@code null} value removes the field). */
    static JsonNode corrected(JsonNode fixture) {
        ObjectNode document = (ObjectNode) fixture.get("document").deepCopy();
        for (JsonNode change : fixture.get("correctedVersion").get("changes")) {
            String[] steps = change.get("path").asString().split("\\.");
            ObjectNode node = document;
            for (int i = 0; i < steps.length - 1; i++) {
                Matcher step = STEP.matcher(steps[i]);
                assertThat(step.matches()).as(steps[i]).isTrue();
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
        return document;
    }
}
