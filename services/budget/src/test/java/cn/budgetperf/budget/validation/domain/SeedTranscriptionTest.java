package cn.budgetperf.budget.validation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every amount in a seed fixture (src/test/resources/seeds, the decimal strings of its document) was
 * transcribed from its seed report (src/test/resources/reportcheck/seeds, verbatim copies of
 * shared/seeds): it stands in the report text as a number of its own, or it was derived and a
 * transcription note of the fixture says how (it then quotes the amount).
 */
class SeedTranscriptionTest {

    private static final Path FIXTURES = Path.of("src/test/resources/seeds");
    private static final Path REPORTS = Path.of("src/test/resources/reportcheck/seeds");
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** Identifiers, not amounts: the department code and the functional classification codes. */
    private static final Set<String> CODES = Set.of("departmentCode", "code");
    /** The amounts no report states directly; each fixture's notes give the derivation. */
    private static final Map<String, List<String>> DERIVED = Map.of(
            "001-yanbian-zgh-2024.json", List.of("13.27"),
            "002-caohe-town-2023.json", List.of("7.29"),
            "003-junshan-zgh-2024.json", List.of("190.2"));

    record Amount(String path, String value) {
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void whenAFixtureIsReadBesideItsReport_thenEachAmountStandsInTheReportOrIsADocumentedDerivation(String file) throws IOException {
        JsonNode fixture = Documents.JSON.readTree(Files.readString(FIXTURES.resolve(file)));
        String report = Files.readString(REPORTS.resolve(Path.of(fixture.get("source").asString()).getFileName()));
        String notes = String.join("\n", fixture.get("transcriptionNotes").valueStream().map(JsonNode::asString).toList());
        List<String> derived = DERIVED.getOrDefault(file, List.of());

        List<Amount> amounts = amounts(fixture.get("document"), "document");

        assertThat(amounts).as("%s has amounts", file).isNotEmpty();
        for (Amount amount : amounts) {
            if (derived.contains(amount.value())) {
                assertThat(standsAlone(report, amount.value())).as("%s: %s is listed as derived but stands in the report", file, amount).isFalse();
                assertThat(standsAlone(notes, amount.value())).as("%s: the notes explain how %s was derived", file, amount).isTrue();
            } else {
                assertThat(standsAlone(report, amount.value())).as("%s: %s stands in %s", file, amount, fixture.get("source").asString()).isTrue();
            }
        }
    }

    @Test
    void whenAnAmountIsOnlyPartOfALongerNumber_thenItDoesNotCountAsStated() {
        assertThat(standsAlone("年初预算数189.67190.2万元", "190.2")).isFalse();
        assertThat(standsAlone("合计2544.94万元", "544.94")).isFalse();
        assertThat(standsAlone("合计2544.94万元", "2544.9")).isFalse();
        assertThat(standsAlone("合计2544.94万元", "2544.94")).isTrue();
    }

    private static boolean standsAlone(String text, String amount) {
        return Pattern.compile("(?<![0-9.])" + Pattern.quote(amount) + "(?![0-9])").matcher(text).find();
    }

    private static List<Amount> amounts(JsonNode node, String path) {
        List<Amount> found = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (!CODES.contains(property.getKey())) {
                    found.addAll(amounts(property.getValue(), path + "." + property.getKey()));
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(amounts(node.get(i), path + "[" + i + "]"));
            }
        } else if (node.isString() && AMOUNT.matcher(node.asString()).matches()) {
            found.add(new Amount(path, node.asString()));
        }
        return found;
    }
}
