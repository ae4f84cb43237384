package cn.budgetperf.indicator.goal.domain;

import java.util.List;

/**
 * A department-year's goals as entered, numbers still as typed (so that "一百" is refused with a
 * message that names the field, not a parser error).
 *
 * @param departmentName  the department's name
 * @param departmentGoals rows of 职能 → 工作活动 → 年度工作目标 → 对应项目支出
 * @param projects        project tables
 * @param selfEvaluation  the self-scores against the framework, or {@code null}
 */
public record GoalDraft(String departmentName, List<DepartmentGoalDraft> departmentGoals, List<ProjectDraft> projects,
                        SelfEvaluationDraft selfEvaluation) {

    public GoalDraft {
        departmentGoals = departmentGoals == null ? List.of() : List.copyOf(departmentGoals);
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    /** One row of the department's goals table. */
    public record DepartmentGoalDraft(String function, String activity, String annualTarget, String projectExpenditure) {
    }

    /** A project table; amounts in 万元. */
    public record ProjectDraft(String code, String name, String budget, String adjustedBudget, String executed, String overallTarget,
                               List<TaskDraft> tasks, List<IndicatorDraft> indicators) {
        public ProjectDraft {
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /** A 主要任务. */
    public record TaskDraft(String name, String content) {
    }

    /**
     * A third-level indicator. For a 定性 indicator {@code target} is the target as written (e.g. 优良)
     * and {@code actual} the grade label reached; {@code gradePoints} optionally picks the points inside
     * the grade's band.
     */
    public record IndicatorDraft(String level1, String level2, String name, String comparator, String target, String unit,
                                 String weight, String actual, String gradePoints, String deviationReason) {
    }

    /** The self-scores; items left out count as blank. */
    public record SelfEvaluationDraft(String frameworkId, String statedTotal, String statedConverted, List<ItemScoreDraft> items) {
        public SelfEvaluationDraft {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /**
     * One item's self-score; {@code maxPoints} is the 核定分值 of an item whose maximum the framework leaves
     * to configuration; {@code applicable} false excludes the item from the maximum.
     */
    public record ItemScoreDraft(String code, String points, String maxPoints, Boolean applicable, String note) {
    }
}
