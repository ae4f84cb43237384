package cn.budgetperf.scoring.score.domain;

import cn.budgetperf.contracts.values.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a department-year's score is computed from.
 *
 * @param executed       the department's 执行数 (its final-account expenditure), or {@code null}
 * @param budget         the department's 预算数 (adjusted where adjusted), or {@code null}
 * @param projects       the project self-evaluation tables
 * @param selfEvaluation the overall self-evaluation against the framework, or {@code null}
 */
public record ScoringInput(Money executed, Money budget, List<ProjectInput> projects, SelfEvaluationInput selfEvaluation) {

    public ScoringInput {
        projects = projects == null ? List.of() : List.copyOf(projects);
        Set<String> codes = new HashSet<>();
        for (ProjectInput p : projects) {
            if (!codes.add(p.code())) {
                throw new InvalidInput("项目编码“" + p.code() + "”重复出现。");
            }
        }
        if ((executed == null) != (budget == null)) {
            throw new InvalidInput("部门执行数与预算数应同时填写。");
        }
    }

    public boolean hasFigures() {
        return budget != null;
    }
}
