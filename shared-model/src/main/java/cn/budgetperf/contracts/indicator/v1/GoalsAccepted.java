package cn.budgetperf.contracts.indicator.v1;

import cn.budgetperf.contracts.values.RegionCode;
import java.util.List;
import java.util.Objects;

/**
 * A department-year's goals and indicator actuals were accepted (saved after every check passed). The
 * same topic also carries {@link GoalsWithdrawn} (type {@code indicator.goals.withdrawn}).
 *
 * @param version         the goals' version for the department-year (every accepted save adds one)
 * @param departmentName  the department's name at the time
 * @param regionCode      the region whose finance bureau oversees the department
 * @param departmentGoals the 4-column table 职能 → 工作活动 → 年度工作目标 → 对应项目支出
 * @param projects        per project: budget figures, 年度总体目标, 主要任务 and the three-level indicators
 * @param selfEvaluation  the department's self-scores against its framework, or {@code null} when none was given
 */
public record GoalsAccepted(
        int version,
        String departmentName,
        RegionCode regionCode,
        List<DepartmentGoal> departmentGoals,
        List<ProjectGoals> projects,
        SelfEvaluation selfEvaluation) {

    public static final String TOPIC = "indicator.goals.v1";
    public static final String TYPE = "indicator.goals.accepted";

    public GoalsAccepted {
        Objects.requireNonNull(departmentName, "departmentName");
        Objects.requireNonNull(regionCode, "regionCode");
        departmentGoals = departmentGoals == null ? List.of() : List.copyOf(departmentGoals);
        projects = projects == null ? List.of() : List.copyOf(projects);
    }
}
