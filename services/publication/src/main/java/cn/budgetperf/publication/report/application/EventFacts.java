package cn.budgetperf.publication.report.application;

import cn.budgetperf.contracts.budget.v1.FiguresSnapshot;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.indicator.v1.Indicator;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
import cn.budgetperf.publication.report.domain.Details;
import cn.budgetperf.publication.report.domain.Goals;
import cn.budgetperf.publication.report.domain.ReportFacts;
import java.math.BigDecimal;
import java.util.Objects;

/** Translates the events' payloads into the page model's facts (the read model keeps them as JSON). */
final class EventFacts {

    private EventFacts() {
    }

    /**
     * The detailed tables of a figures snapshot. The snapshot of {@code budget.submissions.v1} carries
     * the three totals only, so there is nothing beyond them yet.
     */
    static Details details(FiguresSnapshot figures) {
        Objects.requireNonNull(figures, "figures");
        return Details.NONE;
    }

    /** The goals as published: targets and actuals as written, a 定性 indicator's target text and grade. */
    static Goals goals(GoalsAccepted g) {
        return new Goals(
                g.departmentGoals().stream().map(d -> new Goals.DepartmentGoal(d.function(), d.activity(), d.annualTarget(),
                        d.projectExpenditure())).toList(),
                g.projects().stream().map(p -> new Goals.ProjectGoals(p.code(), p.name(), p.overallTarget(),
                        p.indicators().stream().map(EventFacts::indicator).toList())).toList());
    }

    private static Goals.Indicator indicator(Indicator i) {
        boolean qualitative = Indicator.QUALITATIVE.equals(i.comparator());
        String target = qualitative ? i.targetText() : plain(i.target());
        String actual = qualitative ? i.grade() : plain(i.actual());
        return new Goals.Indicator(i.level1(), i.level2(), i.name(), i.comparator(), target, i.unit(), plain(i.weight()), actual,
                i.deviationReason());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** The score with the self-score beside the bureau's, its items and its projects (schema 1.1; 1.0 reads as unreviewed). */
    static ReportFacts.Score score(ScoreComputed s) {
        return new ReportFacts.Score(s.executionRate(), s.total(), s.maxTotal(), s.converted(), s.grade(),
                s.selfTotal() == null ? s.total() : s.selfTotal(), s.selfConverted() == null ? s.converted() : s.selfConverted(),
                s.selfGrade() == null ? s.grade() : s.selfGrade(), Boolean.TRUE.equals(s.reviewed()),
                s.items().stream().map(i -> new ReportFacts.ScoreItem(i.name(), i.maxPoints(), i.points(),
                        i.selfPoints() == null ? i.points() : i.selfPoints(), i.reviewReason())).toList(),
                s.projects().stream().map(p -> new ReportFacts.ProjectScore(p.code(), p.name(), p.executionRate(), p.total(),
                        p.maxTotal(), p.grade(), p.selfTotal() == null ? p.total() : p.selfTotal())).toList());
    }
}
