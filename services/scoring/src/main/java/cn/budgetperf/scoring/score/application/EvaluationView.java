package cn.budgetperf.scoring.score.application;

import cn.budgetperf.contracts.scoring.v1.ProjectScore;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
import cn.budgetperf.contracts.scoring.v1.ScoreFinding;
import cn.budgetperf.contracts.scoring.v1.ScoreItem;
import cn.budgetperf.scoring.score.domain.Evaluation;
import cn.budgetperf.scoring.score.domain.Finding;
import cn.budgetperf.scoring.score.domain.ProjectResult;
import cn.budgetperf.scoring.score.domain.ScoredItem;
import cn.budgetperf.scoring.score.domain.Scorecard;
import java.math.BigDecimal;
import java.util.List;

/**
 * A computation as the API shows it and the history keeps it: every item (applicable or not, deduction
 * or not) with the department's points, the final points and the formula used; every project; the
 * findings.
 *
 * @param executionRate the department's execution rate in percent, or {@code null} without figures
 * @param frameworkId   the self-evaluation's framework, or {@code null}
 * @param score         the final score (the bureau's where it re-scored)
 * @param selfScore     the department's own score
 * @param reviewed      whether the bureau re-scored anything
 * @param items         the department's items
 * @param projects      the projects' scores
 * @param findings      what the computation noticed
 * @param ruleVersion   rules and settings applied
 */
public record EvaluationView(BigDecimal executionRate, String frameworkId, Totals score, Totals selfScore, boolean reviewed,
                             List<ItemView> items, List<ProjectView> projects, List<Finding> findings, String ruleVersion) {

    /** A card's totals: Σ applicable points − deductions, the applicable maximum, 换算得分 and grade. */
    public record Totals(BigDecimal total, BigDecimal maxTotal, BigDecimal deductions, BigDecimal converted, String grade) {
        static Totals of(Scorecard c) {
            return new Totals(c.total(), c.maxTotal(), c.deductions(), c.converted(), c.grade().label());
        }
    }

    /** One item with both scores and its formula. */
    public record ItemView(String code, String name, BigDecimal maxPoints, BigDecimal selfPoints, BigDecimal points, String formula,
                           boolean applicable, boolean deduction, String reviewReason) {
        static ItemView of(ScoredItem i) {
            return new ItemView(i.code(), i.name(), i.maxPoints(), i.selfPoints(), i.points(), i.formula(), i.applicable(), i.deduction(),
                    i.reviewReason());
        }

        ScoreItem toEvent() {
            return new ScoreItem(code, name, maxPoints, points, formula, selfPoints, reviewReason);
        }
    }

    /** A project's score. */
    public record ProjectView(String code, String name, BigDecimal executionRate, Totals score, Totals selfScore, List<ItemView> items) {
        static ProjectView of(ProjectResult p) {
            return new ProjectView(p.code(), p.name(), p.executionRate().percent(), Totals.of(p.fin()), Totals.of(p.self()),
                    p.items().stream().map(ItemView::of).toList());
        }
    }

    public static EvaluationView of(Evaluation e) {
        return new EvaluationView(e.executionRatePercent(), e.frameworkId(), Totals.of(e.fin()), Totals.of(e.self()), e.reviewed(),
                e.items().stream().map(ItemView::of).toList(), e.projects().stream().map(ProjectView::of).toList(), e.findings(),
                e.ruleVersion());
    }

    /** The event: its {@code items} are the counted ones, so that their maxima add up to {@code maxTotal} as in schema 1.0. */
    ScoreComputed toEvent(int submissionVersion, Integer goalsVersion) {
        List<ScoreItem> counted = items.stream().filter(i -> i.applicable() && !i.deduction()).map(ItemView::toEvent).toList();
        List<ProjectScore> projectScores = projects.stream().map(p -> new ProjectScore(p.code(), p.name(), p.executionRate(),
                p.score().total(), p.score().maxTotal(), p.score().grade(), p.selfScore().total(),
                p.items().stream().map(ItemView::toEvent).toList())).toList();
        List<ScoreFinding> found = findings.stream().map(f -> new ScoreFinding(f.ruleId(), f.severity(), f.message(), f.location(),
                f.expected(), f.actual())).toList();
        return new ScoreComputed(submissionVersion, executionRate, score.total(), score.maxTotal(), score.converted(), score.grade(),
                counted, goalsVersion, frameworkId, score.deductions(), selfScore.total(), selfScore.converted(), selfScore.grade(),
                reviewed, projectScores, found, ruleVersion);
    }
}
