package cn.budgetperf.contracts.indicator.v1;

/**
 * One row of the department's overall goals table (部门职责—工作活动绩效目标).
 *
 * @param function           职能
 * @param activity           工作活动
 * @param annualTarget       年度工作目标
 * @param projectExpenditure 对应项目支出
 */
public record DepartmentGoal(String function, String activity, String annualTarget, String projectExpenditure) {
}
