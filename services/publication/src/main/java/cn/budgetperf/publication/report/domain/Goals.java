package cn.budgetperf.publication.report.domain;

import java.util.List;

/**
 * The department-year's performance goals as accepted by the indicator service: the overall goals
 * table (职能 → 工作活动 → 年度工作目标 → 对应项目支出) and each project's 年度总体目标 with its indicators,
 * targets and actuals.
 */
public record Goals(List<DepartmentGoal> departmentGoals, List<ProjectGoals> projects) {

    /** No goals received. */
    public static final Goals NONE = new Goals(List.of(), List.of());

    public Goals {
        departmentGoals = departmentGoals == null ? List.of() : List.copyOf(departmentGoals);
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    /** One row of the overall goals table. */
    public record DepartmentGoal(String function, String activity, String annualTarget, String projectExpenditure) {
    }

    /** A project's 年度总体目标 and its indicators. */
    public record ProjectGoals(String code, String name, String overallTarget, List<Indicator> indicators) {

        public ProjectGoals {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /**
     * A third-level indicator as published: target and actual as written (a number with its unit, or
     * the text of a 定性 indicator), its weight, and the reason for a deviation.
     */
    public record Indicator(String level1, String level2, String name, String comparator, String target, String unit, String weight,
                            String actual, String deviationReason) {
    }
}
