package cn.budgetperf.budget.reportcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A seed report (verbatim copy of shared/seeds in the test resources) with what checking it must give:
 * the findings, each by rule and an excerpt it quotes, and the claims that hold, each by an excerpt and
 * the rules that must not fire on it.
 */
final class SeedReport {

    static final Set<ReportRule> ANY = EnumSet.allOf(ReportRule.class);

    record Expected(ReportRule rule, String excerpt, String expected, String actual) {
    }

    record Holds(String excerpt, Set<ReportRule> rules) {
    }

    private final String name;
    private final String text;
    private final List<Expected> findings = new ArrayList<>();
    private final List<Holds> holds = new ArrayList<>();

    private SeedReport(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static SeedReport of(String file) {
        try (InputStream in = SeedReport.class.getResourceAsStream("/reportcheck/seeds/" + file)) {
            return new SeedReport(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return text;
    }

    SeedReport finds(ReportRule rule, String excerpt, String expected, String actual) {
        findings.add(new Expected(rule, excerpt, expected, actual));
        return this;
    }

    SeedReport holds(String excerpt, ReportRule... rules) {
        holds.add(new Holds(excerpt, rules.length == 0 ? ANY : EnumSet.of(rules[0], rules)));
        return this;
    }

    List<Expected> expectedFindings() {
        return findings;
    }

    List<Holds> claimsThatHold() {
        return holds;
    }

    /** Asserts that the check gives exactly the expected findings and none on a claim that holds. */
    void verify(CheckOutcome outcome) {
        List<ReportFinding> found = outcome.findings();
        List<ReportFinding> unmatched = new ArrayList<>(found);
        for (Expected e : findings) {
            ReportFinding match = unmatched.stream().filter(f -> f.ruleId().equals(e.rule().id())
                    && f.location().excerpt().contains(e.excerpt())).findFirst().orElse(null);
            assertThat(match).as("%s: %s finding quoting “%s” among %s", name, e.rule().id(), e.excerpt(), found).isNotNull();
            assertThat(match.expected()).as("%s: expected value of %s", name, e.excerpt()).isEqualTo(e.expected());
            assertThat(match.actual()).as("%s: stated value of %s", name, e.excerpt()).isEqualTo(e.actual());
            assertThat(text.substring(match.location().start(), match.location().end()).replaceAll("\\[bookmark: [^\\]]*\\]", ""))
                    .as("%s: offsets of %s", name, e.excerpt()).contains(e.excerpt());
            unmatched.remove(match);
        }
        assertThat(unmatched).as("%s: findings nobody expected", name).isEmpty();
        for (Holds h : holds) {
            int start = text.indexOf(h.excerpt());
            assertThat(start).as("%s: excerpt “%s” is in the seed", name, h.excerpt()).isNotNegative();
            int end = start + h.excerpt().length();
            assertThat(found).as("%s: no finding on “%s”", name, h.excerpt())
                    .noneMatch(f -> h.rules().stream().anyMatch(r -> r.id().equals(f.ruleId()))
                            && f.location().start() < end && f.location().end() > start);
        }
    }
}
