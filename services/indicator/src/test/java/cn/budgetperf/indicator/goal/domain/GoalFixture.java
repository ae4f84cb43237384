package cn.budgetperf.indicator.goal.domain;

import java.util.List;

/** Goals drafts for tests, including the seeds' tables transcribed from {@code shared/seeds/}. */
final class GoalFixture {

    private GoalFixture() {
    }

    static GoalDraft.IndicatorDraft indicator(String name, String comparator, String target, String unit, String weight, String actual) {
        return new GoalDraft.IndicatorDraft("产出指标", "数量指标", name, comparator, target, unit, weight, actual, null, null);
    }

    static GoalDraft.ProjectDraft project(GoalDraft.IndicatorDraft... indicators) {
        return new GoalDraft.ProjectDraft("P1", "春节送温暖", "1.6", null, "1.6", "做好劳模慰问与职工帮扶",
                List.of(new GoalDraft.TaskDraft("春节县级劳模慰问", "春节县级领导走访慰问")), List.of(indicators));
    }

    static GoalDraft draft(GoalDraft.ProjectDraft... projects) {
        return new GoalDraft("盐边县总工会", List.of(), List.of(projects), null);
    }

    /** 004 徐水人社局 2023: the department's 4-column goals table, row for row. */
    static List<GoalDraft.DepartmentGoalDraft> xushuiRsj2023Goals() {
        return List.of(
                new GoalDraft.DepartmentGoalDraft("统筹推进多层次的社会保障体系，落实职工基本养老保险政策。",
                        "城乡居民养老保险和机关事业单位人员养老保险制度改革配套政策", "完成养老保险扩面征缴任务，防范基金风险，确保参保人员权益。",
                        "城乡居民养老保险补助资金和机关事业养老保险补助资金"),
                new GoalDraft.DepartmentGoalDraft("负责促进就业工作", "拟定就业发展规划和促进就业扶持政策", "完善就业服务体系",
                        "下达2023中央就业补助资金预算"),
                new GoalDraft.DepartmentGoalDraft("统筹拟定劳动、人事争议调解仲裁和劳动关系政策", "组织实施劳动保障监察，协调劳动者维权工作。",
                        "不断提高劳动保障监察办事效率", "劳动监察工作经费和养老保险、城居保、仲裁工作经费。"),
                new GoalDraft.DepartmentGoalDraft("事业单位公开招聘", "继续实行招聘公共、教育、卫生等分类考试，全面推行新版聘用合同。",
                        "保证事业单位新进人员素质，优化人才资源配置。", "事业单位招聘工作经费"));
    }

    /**
     * 001 盐边 附表2 部门整体绩效目标完成情况自评表 as printed: seven indicators, no weights, and 定性
     * indicators whose 实际完成指标值 is "100%" instead of a grade label.
     */
    static GoalDraft.ProjectDraft yanbianTable2AsPrinted() {
        return new GoalDraft.ProjectDraft("YB-2024", "部门整体支出（劳模慰问与职工帮扶）", "32.254", null, "32.254", "做好劳模慰问与职工帮扶",
                List.of(new GoalDraft.TaskDraft("春节县级劳模慰问", "春节县级领导走访慰问"), new GoalDraft.TaskDraft("困难职工帮扶", "帮扶困难职工补助劳模")),
                List.of(new GoalDraft.IndicatorDraft("产出指标", "数量指标", "春节走访慰问", "＝", "100", "%", null, "100", null, null),
                        new GoalDraft.IndicatorDraft("产出指标", "数量指标", "困难职工", "＝", "100", "%", null, "100", null, null),
                        new GoalDraft.IndicatorDraft("产出指标", "质量指标", "体现政府对一线职工的关怀", "定性", "优良", "项", null, "100%", null, null),
                        new GoalDraft.IndicatorDraft("产出指标", "时效指标", "按工作计划", "＝", "1", "项", null, "100%", null, null),
                        new GoalDraft.IndicatorDraft("效益指标", "社会效益指标", "通过春节走访慰问体现出政府及工会对一线职工的关怀", "定性", "优良", "项",
                                null, "100%", null, null),
                        new GoalDraft.IndicatorDraft("效益指标", "社会效益指标", "通过困难职工帮扶体现了政府及工会对困难职工群体的关怀", "定性", "优良", "项",
                                null, "100%", null, null),
                        new GoalDraft.IndicatorDraft("满意度指标", "满意度指标", "满意", "≥", "100", "%", null, "100", null, null)));
    }
}
