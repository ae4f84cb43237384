package cn.budgetperf.budget.submission.adapter.web;

import cn.budgetperf.budget.document.domain.Figures;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.budget.submission.application.Checked;
import cn.budgetperf.budget.submission.application.Outcome;
import cn.budgetperf.budget.submission.domain.Explanation;
import cn.budgetperf.budget.submission.domain.Submission;
import cn.budgetperf.budget.validation.domain.Severity;
import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A submission as the API shows it: amounts are decimal strings in 万元; {@code figures} holds the
 * effective totals (declared or from the tables, {@code null} while unknown); the findings on its
 * current content carry the department's explanations; score and publication come from the other
 * services' events.
 */
record SubmissionView(
        UUID id,
        String departmentCode,
        String departmentName,
        String regionCode,
        int fiscalYear,
        int version,
        String status,
        String statusLabel,
        FiguresView figures,
        String reviewComment,
        String correctionNote,
        String updatedBy,
        Instant updatedAt,
        List<FindingView> findings,
        int blockingFindings,
        SubmissionDocument document,
        ScoreView score,
        PublicationView publication) {

    record FiguresView(String incomeTotal, String expenditureTotal, String budgetTotal) {
    }

    record ScoreView(Integer ofVersion, BigDecimal executionRate, BigDecimal total, BigDecimal max, BigDecimal converted,
                     String grade, Instant at) {
    }

    record PublicationView(String state, Integer publicVersion, String path, String note, Instant at) {
    }

    static SubmissionView of(Checked c) {
        Submission s = c.submission();
        Figures f = s.document().effectiveFigures();
        List<FindingView> findings = FindingView.of(c.findings(), s.explanations());
        int blocking = s.unexplained(c.findings()).size()
                + (int) c.findings().stream().filter(x -> x.severity() == Severity.ERROR).count();
        return new SubmissionView(s.id(), s.department().value(), s.departmentName(), s.region().value(), s.year().value(),
                s.version(), s.status().name(), s.status().label(),
                new FiguresView(str(f.incomeTotal()), str(f.expenditureTotal()), str(f.budgetTotal())),
                s.reviewComment(), s.correctionNote(), s.updatedBy(), s.updatedAt(), findings, blocking, s.document(),
                score(c.outcome()), publication(c.outcome()));
    }

    static SubmissionView ofVersion(Submission s) {
        return of(new Checked(s, List.of(), Outcome.none("")));
    }

    private static ScoreView score(Outcome o) {
        return o.scoreSequence() == 0 ? null : new ScoreView(o.scoreOfVersion(), o.executionRate(), o.scoreTotal(), o.scoreMax(),
                o.scoreConverted(), o.grade(), o.scoredAt());
    }

    private static PublicationView publication(Outcome o) {
        return o.publicationSequence() == 0 ? null
                : new PublicationView(o.publicationAction(), o.publicVersion(), o.publicPath(), o.publicationNote(), o.publishedAt());
    }

    private static String str(Money m) {
        return m == null ? null : m.toString();
    }

    /** A finding with the explanation the department gave for it, if any. */
    record FindingView(String ruleId, String severity, String message, String location, String expected, String actual,
                       Explanation explanation) {

        static List<FindingView> of(List<cn.budgetperf.budget.validation.domain.Finding> findings, List<Explanation> explanations) {
            return findings.stream().map(f -> new FindingView(f.ruleId(), f.severity().name(), f.message(), f.location(),
                    f.expected(), f.actual(), explanations.stream().filter(e -> e.key().equals(f.key())).findFirst().orElse(null)))
                    .toList();
        }
    }
}
