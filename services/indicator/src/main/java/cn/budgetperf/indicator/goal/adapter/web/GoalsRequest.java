package cn.budgetperf.indicator.goal.adapter.web;

import cn.budgetperf.indicator.goal.domain.GoalDraft;
import java.util.List;

/**
 * The body of {@code POST /api/indicators/goals}: the department-year and its goals draft. Numbers may be
 * JSON numbers or strings; a string that is not a number is refused with the field named.
 */
record GoalsRequest(String departmentCode, Integer fiscalYear, String departmentName, List<GoalDraft.DepartmentGoalDraft> departmentGoals,
                    List<GoalDraft.ProjectDraft> projects, GoalDraft.SelfEvaluationDraft selfEvaluation) {

    GoalDraft draft() {
        return new GoalDraft(departmentName, departmentGoals, projects, selfEvaluation);
    }
}
