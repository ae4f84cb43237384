package cn.budgetperf.scoring.score.application;

import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.indicator.v1.Indicator;
import cn.budgetperf.contracts.indicator.v1.ProjectGoals;
import cn.budgetperf.contracts.indicator.v1.SelfEvaluation;
import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.scoring.score.domain.Comparator;
import cn.budgetperf.scoring.score.domain.IndicatorInput;
import cn.budgetperf.scoring.score.domain.ProjectInput;
import cn.budgetperf.scoring.score.domain.QualitativeGrade;
import cn.budgetperf.scoring.score.domain.ScoringInput;
import cn.budgetperf.scoring.score.domain.SelfEvaluationInput;
import java.util.List;

/** The goals event's document as the formulas' input; what the formulas cannot score is refused here. */
final class GoalsMapping {

    private GoalsMapping() {
    }

    static ScoringInput input(Money executed, Money budget, GoalsAccepted goals) {
        if (goals == null) {
            return new ScoringInput(executed, budget, List.of(), null);
        }
        return new ScoringInput(executed, budget, goals.projects().stream().map(GoalsMapping::project).toList(),
                self(goals.selfEvaluation()));
    }

    private static ProjectInput project(ProjectGoals p) {
        return new ProjectInput(p.code(), p.name(), p.budget(), p.adjustedBudget(), p.executed(),
                p.indicators().stream().map(i -> indicator(p.name(), i)).toList());
    }

    private static IndicatorInput indicator(String project, Indicator i) {
        String where = "项目“" + project + "”的指标“" + i.name() + "”";
        Comparator comparator = Comparator.parse(i.comparator(), where);
        QualitativeGrade grade = comparator == Comparator.QUALITATIVE ? QualitativeGrade.parse(i.grade(), where) : null;
        return new IndicatorInput(project, i.name(), comparator, i.target(), i.unit(), i.weight(), i.actual(), grade, i.gradePoints(),
                i.deviationReason());
    }

    private static SelfEvaluationInput self(SelfEvaluation s) {
        if (s == null) {
            return null;
        }
        return new SelfEvaluationInput(s.frameworkId(), s.statedTotal(), s.statedConverted(), s.items().stream()
                .map(i -> new SelfEvaluationInput.Item(i.code(), i.name(), i.maxPoints(), i.points(), i.applicable(), i.deduction()))
                .toList());
    }
}
