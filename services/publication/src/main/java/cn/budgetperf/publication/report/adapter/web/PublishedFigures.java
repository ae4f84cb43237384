package cn.budgetperf.publication.report.adapter.web;

import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.publication.report.domain.Details;
import cn.budgetperf.publication.report.domain.Goals;
import cn.budgetperf.publication.report.domain.PublishedVersion;
import cn.budgetperf.publication.report.domain.ReportFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Every figure of one published version as JSON ({@code …/{year}.json}): the totals, the score with the
 * bureau's 复核 beside the self-score, 部门概况, every detailed table, the projects and the performance
 * results (items, project scores, the self-evaluation, goals and indicators). Amounts are decimal
 * strings in 万元 exactly as published, points and rates plain decimal strings; what the department did
 * not report is {@code null} (a section) or {@code []} (a table). The schema is documented in the
 * service's README; fields are only ever added.
 */
record PublishedFigures(String departmentCode, String departmentName, String region, int fiscalYear, int version,
                        String action, Instant publishedAt, String note, Figures figures, Score score, Profile profile,
                        Tables tables, List<Project> projects, Performance performance) {

    record Figures(String incomeTotal, String expenditureTotal, String budgetTotal) {
    }

    /** {@code total}, {@code converted} and {@code grade} are the published result: the bureau's where {@code reviewed}. */
    record Score(String executionRate, String total, String maxTotal, String converted, String grade, boolean reviewed,
                 String selfTotal, String selfConverted, String selfGrade) {
    }

    record Profile(String unitType, String rank, String fundingForm, List<String> divisions, Integer subordinateUnits,
                   Integer authorizedHeadcount, Integer actualHeadcount, Integer retirees, List<String> duties,
                   List<Details.Count> subordinateUnitParts, List<Details.Count> authorizedHeadcountParts,
                   List<Details.Count> actualHeadcountParts) {
    }

    /** The standard tables' lines, each as the department reported it. */
    record Tables(List<Line> income, List<Line> expenditureByNature, List<Line> functionalClassification, List<Line> threePublic,
                  List<Line> controlledExpenses, List<Line> procurement) {
    }

    record Line(String key, String name, String budget, String adjustedBudget, String actual, String priorYearActual) {
    }

    record Project(String code, String name, String kind, String budget, String adjustedBudget, String actual,
                   String balanceReturned, String selfScore) {
    }

    record Performance(List<ScoreItem> scoreItems, List<ProjectScore> projectScores, SelfEvaluation selfEvaluation,
                       List<Goals.DepartmentGoal> departmentGoals, List<Goals.ProjectGoals> projectGoals) {
    }

    record ScoreItem(String name, String maxPoints, String points, String selfPoints, String reviewReason) {
    }

    record ProjectScore(String code, String name, String executionRate, String total, String maxTotal, String grade,
                        String selfTotal) {
    }

    record SelfEvaluation(String framework, String total, String applicableMaximum, String converted,
                          List<EvaluationItem> items, List<String> problems, List<String> measures, String resultApplication) {
    }

    record EvaluationItem(String name, String group, String maxPoints, String score, boolean applicable, boolean deduction,
                          String note) {
    }

    static PublishedFigures of(PublishedVersion v) {
        ReportFacts f = v.facts().orElseThrow();
        Details d = f.details();
        Score score = f.score().map(s -> new Score(plain(s.executionRate()), plain(s.total()), plain(s.max()),
                plain(s.converted()), s.grade(), s.reviewed(), plain(s.selfTotal()), plain(s.selfConverted()), s.selfGrade()))
                .orElse(null);
        Profile profile = d.profile().map(p -> new Profile(p.unitType(), p.rank(), p.fundingForm(), p.divisions(), p.subordinateUnits(),
                p.authorizedHeadcount(), p.actualHeadcount(), p.retirees(), p.duties(), p.subordinateUnitParts(),
                p.authorizedHeadcountParts(), p.actualHeadcountParts())).orElse(null);
        Tables tables = new Tables(lines(d.income()), lines(d.expenditureByNature()), lines(d.functional()), lines(d.threePublic()),
                lines(d.controlled()), lines(d.procurement()));
        List<Project> projects = d.projects().stream().map(p -> new Project(p.code(), p.name(), p.kind(), wan(p.budget()),
                wan(p.adjustedBudget()), wan(p.actual()), wan(p.balanceReturned()), plain(p.selfScore()))).toList();
        return new PublishedFigures(f.departmentCode(), f.departmentName(), f.regionName(), f.fiscalYear(), v.number(),
                v.action().name(), v.at(), v.note().orElse(null),
                new Figures(wan(f.incomeTotal()), wan(f.expenditureTotal()), wan(f.budgetTotal())),
                score, profile, tables, projects, performance(f));
    }

    private static Performance performance(ReportFacts f) {
        List<ScoreItem> items = f.score().map(s -> s.items().stream().map(i -> new ScoreItem(i.name(), plain(i.maxPoints()),
                plain(i.points()), plain(i.selfPoints()), i.reviewReason())).toList()).orElse(List.of());
        List<ProjectScore> projectScores = f.score().map(s -> s.projects().stream().map(p -> new ProjectScore(p.code(), p.name(),
                plain(p.executionRate()), plain(p.total()), plain(p.maxTotal()), p.grade(), plain(p.selfTotal()))).toList())
                .orElse(List.of());
        SelfEvaluation evaluation = f.details().evaluation().map(e -> new SelfEvaluation(e.framework(), plain(e.total()),
                plain(e.applicableMaximum()), plain(e.converted()),
                e.items().stream().map(i -> new EvaluationItem(i.name(), i.group(), plain(i.maxPoints()), plain(i.score()),
                        i.applicable(), i.deduction(), i.note())).toList(),
                e.problems(), e.measures(), e.resultApplication())).orElse(null);
        return new Performance(items, projectScores, evaluation, f.goals().departmentGoals(), f.goals().projects());
    }

    private static List<Line> lines(List<cn.budgetperf.publication.report.domain.Line> lines) {
        return lines.stream().map(l -> new Line(l.key(), l.name(), wan(l.budget()), wan(l.adjustedBudget()), wan(l.actual()),
                wan(l.priorYearActual()))).toList();
    }

    /** Exact, without padding zeros: 232.340000 → "232.34"; {@code null} stays {@code null}. */
    private static String wan(BigDecimal amount) {
        return amount == null ? null : Money.ofWanYuan(amount).toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
