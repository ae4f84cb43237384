package cn.budgetperf.scoring.score.adapter.web;

import cn.budgetperf.scoring.score.domain.Comparator;
import cn.budgetperf.scoring.score.domain.IndicatorInput;
import cn.budgetperf.scoring.score.domain.InvalidInput;
import cn.budgetperf.scoring.score.domain.ProjectInput;
import cn.budgetperf.scoring.score.domain.QualitativeGrade;
import cn.budgetperf.scoring.score.domain.ScoringInput;
import cn.budgetperf.scoring.score.domain.SelfEvaluationInput;
import java.util.List;

/**
 * The body of {@code POST /api/scores/evaluate}: optional department figures and a goals document in
 * the shape of {@code indicator.goals.v1}'s payload (what {@code GET /api/indicators/goals} returns under
 * {@code goals}), numbers as JSON numbers or strings. {@code regionCode} picks the jurisdiction's settings.
 */
record EvaluateRequest(String regionCode, Figures figures, Goals goals) {

    record Figures(String expenditureTotal, String budgetTotal) {
    }

    record Goals(List<Project> projects, Self selfEvaluation) {
    }

    record Project(String code, String name, String budget, String adjustedBudget, String executed, List<Indicator> indicators) {
    }

    /** For 定性, {@code grade} is the label reached ({@code actual} is read as the label when {@code grade} is absent). */
    record Indicator(String name, String comparator, String target, String unit, String weight, String actual, String grade,
                     String gradePoints, String deviationReason) {
    }

    record Self(String frameworkId, String statedTotal, String statedConverted, List<Item> items) {
    }

    record Item(String code, String name, String maxPoints, String points, Boolean applicable, Boolean deduction) {
    }

    ScoringInput toInput() {
        List<ProjectInput> projects = goals == null || goals.projects() == null ? List.of()
                : goals.projects().stream().map(EvaluateRequest::project).toList();
        Self self = goals == null ? null : goals.selfEvaluation();
        return new ScoringInput(figures == null ? null : Text.money(figures.expenditureTotal(), "部门执行数"),
                figures == null ? null : Text.money(figures.budgetTotal(), "部门预算数"), projects, self == null ? null : self(self));
    }

    private static ProjectInput project(Project p) {
        if (p.code() == null || p.name() == null) {
            throw new InvalidInput("项目缺少项目编码或项目名称。");
        }
        String where = "项目“" + p.name() + "”";
        List<IndicatorInput> indicators = p.indicators() == null ? List.of()
                : p.indicators().stream().map(i -> indicator(p.name(), i)).toList();
        return new ProjectInput(p.code(), p.name(), Text.money(p.budget(), where + "的年初预算数"),
                Text.money(p.adjustedBudget(), where + "的全年预算数"), Text.money(p.executed(), where + "的全年执行数"), indicators);
    }

    private static IndicatorInput indicator(String project, Indicator i) {
        String where = "项目“" + project + "”的指标“" + i.name() + "”";
        Comparator comparator = Comparator.parse(i.comparator(), where);
        if (comparator == Comparator.QUALITATIVE) {
            QualitativeGrade grade = QualitativeGrade.parse(i.grade() != null ? i.grade() : i.actual(), where);
            return new IndicatorInput(project, i.name(), comparator, null, i.unit(), Text.decimal(i.weight(), where + "的分值"), null, grade,
                    Text.decimal(i.gradePoints(), where + "的评定得分"), i.deviationReason());
        }
        return new IndicatorInput(project, i.name(), comparator, Text.decimal(i.target(), where + "的目标值"), i.unit(),
                Text.decimal(i.weight(), where + "的分值"), Text.decimal(i.actual(), where + "的实际完成值"), null, null, i.deviationReason());
    }

    private static SelfEvaluationInput self(Self s) {
        if (s.frameworkId() == null) {
            throw new InvalidInput("自评缺少评价框架（frameworkId）。");
        }
        List<SelfEvaluationInput.Item> items = s.items() == null ? List.of() : s.items().stream().map(i -> {
            if (i.code() == null) {
                throw new InvalidInput("评分项“" + i.name() + "”缺少编码。");
            }
            String where = "评分项“" + i.name() + "”";
            return new SelfEvaluationInput.Item(i.code(), i.name() == null ? i.code() : i.name(), Text.decimal(i.maxPoints(), where + "的满分"),
                    Text.decimal(i.points(), where + "的自评得分"), i.applicable() == null || i.applicable(),
                    i.deduction() != null && i.deduction());
        }).toList();
        return new SelfEvaluationInput(s.frameworkId(), Text.decimal(s.statedTotal(), "自评得分合计"),
                Text.decimal(s.statedConverted(), "自评换算得分"), items);
    }
}
