package cn.budgetperf.budget.reportcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/report-check.md lists every rule of the registry with its severity. */
class ReportRulesDocumentedTest {

    @Test
    void whenTheRegistryHasARule_thenTheDocumentationListsItWithItsSeverity() throws IOException {
        String docs = Files.readString(Path.of("../../docs/report-check.md"));

        assertThat(ReportChecker.rules()).allSatisfy(rule ->
                assertThat(docs).contains("| " + rule.id() + " | " + rule.severity() + " |"));
    }
}
