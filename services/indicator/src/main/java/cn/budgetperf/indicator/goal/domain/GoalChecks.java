package cn.budgetperf.indicator.goal.domain;

import cn.budgetperf.contracts.indicator.v1.DepartmentGoal;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.indicator.v1.ProjectGoals;
import cn.budgetperf.contracts.indicator.v1.SelfEvaluation;
import cn.budgetperf.contracts.values.RegionCode;
import cn.budgetperf.indicator.framework.domain.Framework;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks a goals draft and turns it into the accepted document, or refuses it with the exact reason. */
public final class GoalChecks {

    /** DESIGN §4: an actual at or above 130% of target needs a deviation reason, unless configured otherwise. */
    public static final BigDecimal DEFAULT_THRESHOLD_PERCENT = BigDecimal.valueOf(130);

    private GoalChecks() {
    }

    /**
     * @param framework        the framework the self-evaluation names, if it exists
     * @param assigned         the department framework assigned to the region and year, if any
     * @param thresholdPercent the region's deviation threshold, in percent of target
     */
    public static GoalsAccepted accept(GoalDraft draft, RegionCode region, int version, Optional<Framework> framework,
                                       Optional<Framework> assigned, BigDecimal thresholdPercent) {
        if (Numbers.blank(draft.departmentName())) {
            throw new InvalidGoals("请填写部门名称。");
        }
        List<DepartmentGoal> rows = new ArrayList<>();
        for (int n = 0; n < draft.departmentGoals().size(); n++) {
            GoalDraft.DepartmentGoalDraft r = draft.departmentGoals().get(n);
            if (Numbers.blank(r.function()) || Numbers.blank(r.annualTarget())) {
                throw new InvalidGoals("部门整体绩效目标第" + (n + 1) + "行应填写职能和年度工作目标。");
            }
            rows.add(new DepartmentGoal(r.function().strip(), r.activity(), r.annualTarget().strip(), r.projectExpenditure()));
        }
        List<ProjectGoals> projects = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (GoalDraft.ProjectDraft p : draft.projects()) {
            ProjectGoals project = IndicatorChecks.project(p, thresholdPercent);
            if (!codes.add(project.code())) {
                throw new InvalidGoals("项目编码“" + project.code() + "”重复出现。");
            }
            projects.add(project);
        }
        SelfEvaluation self = draft.selfEvaluation() == null ? null
                : SelfEvaluationChecks.check(draft.selfEvaluation(), framework, assigned);
        return new GoalsAccepted(version, draft.departmentName().strip(), region, rows, projects, self);
    }
}
