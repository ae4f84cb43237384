package cn.budgetperf.budget.validation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.budget.document.domain.SubmissionDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The five seed reports as submission documents (src/test/resources/seeds, transcribed with their
 * errors; each file says how and lists what validation must find). Validation finds every structured
 * error of DESIGN §6.3 and otherwise only what the reports do not state or what DESIGN §6.1 asks to be
 * explained — nothing on the figures that hold.
 */
class SeedSubmissionsTest {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");

    /** DESIGN §6.3, the structured errors, per seed file. */
    private static final Map<String, List<String>> DESIGN_ERRORS = Map.of(
            "000-xushui-zgh-2024.json", List.of("COPY-001@document.priorYearActual"),
            "001-yanbian-zgh-2024.json", List.of("CNT-001@profile.subordinateUnits.total", "SCORE-002@selfEvaluation.items[7].score",
                    "SCORE-003@selfEvaluation.statedTotal"),
            "002-caohe-town-2023.json", List.of("PROJ-002@projects.items[14]"),
            "003-junshan-zgh-2024.json", List.of(),
            "004-xushui-rsj-2023.json", List.of("INC-001@income.total.budget", "TPC-002@threePublic.total.budget",
                    "NTR-001@nonTaxRevenue.plan.total"));

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void whenASeedIsValidated_thenExactlyItsListedFindingsAppear(String file) throws IOException {
        JsonNode fixture = Documents.JSON.readTree(Files.readString(SEEDS.resolve(file)));
        SubmissionDocument document = Documents.JSON.treeToValue(fixture.get("document"), SubmissionDocument.class);

        List<String> found = RuleRegistry.standard().validate(document, Documents.shippedCatalog()).stream().map(Finding::key).toList();

        List<String> expected = fixture.get("expectedFindings").valueStream()
                .map(f -> f.get("ruleId").asString() + "@" + f.get("location").asString()).toList();
        assertThat(found).as(file).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void whenASeedIsValidated_thenEveryStructuredErrorOfDesign63IsFoundAndNoOtherIdentityOrSumFails(String file) throws IOException {
        JsonNode fixture = Documents.JSON.readTree(Files.readString(SEEDS.resolve(file)));
        SubmissionDocument document = Documents.JSON.treeToValue(fixture.get("document"), SubmissionDocument.class);

        List<Finding> findings = RuleRegistry.standard().validate(document, Documents.shippedCatalog());

        assertThat(findings.stream().map(Finding::key)).as(file).containsAll(DESIGN_ERRORS.get(file));
        assertThat(findings.stream().filter(f -> category(f) == Category.ACCURACY || category(f) == Category.COMPLETENESS)
                .map(Finding::key)).as("accuracy and completeness findings of " + file).allMatch(DESIGN_ERRORS.get(file)::contains);
    }

    @Test
    void whenTheSeedsAreListed_thenAllFiveAreTranscribed() throws IOException {
        assertThat(seeds()).containsExactlyInAnyOrderElementsOf(DESIGN_ERRORS.keySet());
    }

    @Test
    void whenYanbianIsValidated_thenTheMessagesQuoteItsFigures() throws IOException {
        JsonNode fixture = Documents.JSON.readTree(Files.readString(SEEDS.resolve("001-yanbian-zgh-2024.json")));
        SubmissionDocument document = Documents.JSON.treeToValue(fixture.get("document"), SubmissionDocument.class);

        List<Finding> findings = RuleRegistry.standard().validate(document, Documents.shippedCatalog());

        assertThat(findings).extracting(Finding::message).contains(
                "下属预算单位合计0个，但各类之和为1个（行政单位0个，参照公务员法管理的事业单位0个，其他事业单位1个）。",
                "指标“财务管理制度”（分值4分）没有自评得分；不适用的指标请标明不适用。",
                "自评总分填报为94分，但各指标得分之和（扣减扣分项）为90分。");
    }

    private static Category category(Finding f) {
        return RuleRegistry.standard().definition(f.ruleId()).orElseThrow().category();
    }
}
