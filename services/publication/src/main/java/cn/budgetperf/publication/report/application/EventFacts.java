package cn.budgetperf.publication.report.application;

import cn.budgetperf.contracts.budget.v1.AmountLine;
import cn.budgetperf.contracts.budget.v1.CountPart;
import cn.budgetperf.contracts.budget.v1.FiguresSnapshot;
import cn.budgetperf.contracts.budget.v1.ProfileSummary;
import cn.budgetperf.contracts.budget.v1.SelfEvaluationSummary;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.indicator.v1.Indicator;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.publication.report.domain.Details;
import cn.budgetperf.publication.report.domain.Goals;
import cn.budgetperf.publication.report.domain.Line;
import cn.budgetperf.publication.report.domain.ReportFacts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Translates the events' payloads into the page model's facts (the read model keeps them as JSON). */
final class EventFacts {

    private EventFacts() {
    }

    /**
     * The detailed tables of a figures snapshot (schema 2 of {@code budget.submissions.v1}); a snapshot of
     * schema 1 carries the totals only and gives {@link Details#NONE}.
     */
    static Details details(FiguresSnapshot f) {
        Objects.requireNonNull(f, "figures");
        Details d = new Details(lines(f.income()), lines(f.expenditureByNature()), lines(f.functionalClassification()),
                lines(f.threePublic()), lines(f.controlledExpenses()), lines(f.procurement()),
                f.projects().stream().map(p -> new Details.Project(p.code(), p.name(), p.kind(), wan(p.budget()), wan(p.adjustedBudget()),
                        wan(p.actual()), wan(p.balanceReturned()), p.selfScore())).toList(),
                Optional.ofNullable(f.profile()).map(EventFacts::profile), Optional.ofNullable(f.selfEvaluation()).map(EventFacts::evaluation));
        return d.equals(Details.NONE) ? Details.NONE : d;
    }

    private static List<Line> lines(List<AmountLine> lines) {
        return lines.stream().map(l -> new Line(l.key(), l.name(), wan(l.budget()), wan(l.adjustedBudget()), wan(l.actual()),
                wan(l.priorYearActual()))).toList();
    }

    private static Details.Profile profile(ProfileSummary p) {
        return new Details.Profile(p.unitType(), p.rank(), p.fundingForm(), p.divisions(), p.subordinateUnits(), p.authorizedHeadcount(),
                p.actualHeadcount(), p.retirees(), p.duties(), counts(p.subordinateUnitParts()), counts(p.authorizedHeadcountParts()),
                counts(p.actualHeadcountParts()));
    }

    private static List<Details.Count> counts(List<CountPart> parts) {
        return parts.stream().map(c -> new Details.Count(c.name(), c.count())).toList();
    }

    private static Details.Evaluation evaluation(SelfEvaluationSummary e) {
        return new Details.Evaluation(e.framework(), e.total(), e.applicableMaximum(), e.converted(),
                e.items().stream().map(i -> new Details.EvaluationItem(i.name(), i.group(), i.maxPoints(), i.score(), i.applicable(),
                        i.deduction(), i.note())).toList(),
                e.problems(), e.measures(), e.resultApplication());
    }

    private static BigDecimal wan(Money amount) {
        return amount == null ? null : amount.wanYuan();
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
