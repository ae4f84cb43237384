package cn.budgetperf.indicator.goal.domain;

import static cn.budgetperf.indicator.goal.domain.GoalFixture.draft;
import static cn.budgetperf.indicator.goal.domain.GoalFixture.indicator;
import static cn.budgetperf.indicator.goal.domain.GoalFixture.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.indicator.v1.Indicator;
import cn.budgetperf.contracts.values.RegionCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoalChecksTest {

    private static final RegionCode YANBIAN = RegionCode.of("510422");

    private static GoalsAccepted accept(GoalDraft draft) {
        return GoalChecks.accept(draft, YANBIAN, 1, Optional.empty(), Optional.empty(), GoalChecks.DEFAULT_THRESHOLD_PERCENT);
    }

    private static GoalDraft.IndicatorDraft qualitative(String name, String weight, String grade, String points) {
        return new GoalDraft.IndicatorDraft("效益指标", "社会效益指标", name, "定性", "优良", "项", weight, grade, points, null);
    }

    @Test
    void whenXushuiRsjsGoalsTableIsSaved_thenItsFourRowsAreAccepted() {
        GoalsAccepted goals = accept(new GoalDraft("保定市徐水区人力资源和社会保障局", GoalFixture.xushuiRsj2023Goals(), List.of(), null));

        assertThat(goals.departmentGoals()).hasSize(4);
        assertThat(goals.departmentGoals().get(1).projectExpenditure()).isEqualTo("下达2023中央就业补助资金预算");
    }

    @Test
    void whenAProjectTableIsComplete_thenItIsAcceptedWithExactNumbers() {
        GoalsAccepted goals = accept(draft(project(indicator("走访户数", "≥", "32", "户", "40", "32"),
                indicator("慰问成本", "<=", "1.6", "万元", "20", "1.55"), qualitative("职工关怀", "30", "达成年度指标", "27.5"))));

        Indicator cost = goals.projects().get(0).indicators().get(1);
        assertThat(cost.comparator()).isEqualTo(Indicator.AT_MOST);
        assertThat(cost.actual()).isEqualByComparingTo("1.55");
        Indicator care = goals.projects().get(0).indicators().get(2);
        assertThat(care.grade()).isEqualTo("达成年度指标");
        assertThat(care.targetText()).isEqualTo("优良");
        assertThat(care.gradePoints()).isEqualByComparingTo("27.5");
    }

    @Test
    void whenTheComparatorIsUnknown_thenTheExactReasonIsGiven() {
        assertThatThrownBy(() -> accept(draft(project(indicator("走访户数", "约等于", "32", "户", "90", "32")))))
                .isInstanceOf(InvalidGoals.class)
                .hasMessage("项目“春节送温暖”的指标“走访户数”的指标性质“约等于”无法识别，应为 ≥、≤、＝ 或 定性。");
    }

    @Test
    void whenWeightsDoNotSumTo90_thenTheSumIsNamed() {
        assertThatThrownBy(() -> accept(draft(project(indicator("走访户数", "≥", "32", "户", "50", "32"),
                indicator("慰问人数", "≥", "27", "人", "30", "27")))))
                .hasMessage("项目“春节送温暖”的指标分值合计应为90分（另10分为预算执行率），实际为80分。");
    }

    @Test
    void whenAPositiveTargetIsZero_thenItIsRefused() {
        assertThatThrownBy(() -> accept(draft(project(indicator("走访户数", "≥", "0", "户", "90", "32")))))
                .hasMessage("项目“春节送温暖”的指标“走访户数”为正向指标（≥），目标值应大于0，实际为0。");
    }

    @Test
    void whenANumberIsText_thenTheFieldIsNamed() {
        assertThatThrownBy(() -> accept(draft(project(indicator("走访户数", "≥", "三十二", "户", "90", "32")))))
                .hasMessage("项目“春节送温暖”的指标“走访户数”的目标值“三十二”不是有效的数字。");
        assertThatThrownBy(() -> accept(draft(project(indicator("走访户数", "≥", "32", "户", "90", "32户")))))
                .hasMessage("项目“春节送温暖”的指标“走访户数”的实际完成值“32户”不是有效的数字。");
        assertThatThrownBy(() -> accept(draft(new GoalDraft.ProjectDraft("P1", "春节送温暖", "1.6万", null, "1.6", null, null,
                List.of(indicator("走访户数", "≥", "32", "户", "90", "32"))))))
                .hasMessage("项目“春节送温暖”的年初预算数“1.6万”不是有效的金额（万元，最多6位小数）。");
    }

    @Test
    void whenAQuantitativeIndicatorLacksTargetUnitOrActual_thenItIsRefused() {
        assertThatThrownBy(() -> accept(draft(project(indicator("走访户数", "≥", "32", " ", "90", "32")))))
                .hasMessage("项目“春节送温暖”的指标“走访户数”为定量指标，缺少度量单位。");
        assertThatThrownBy(() -> accept(draft(project(indicator("走访户数", "≥", "32", "户", "90", null)))))
                .hasMessage("项目“春节送温暖”的指标“走访户数”为定量指标，缺少实际完成值。");
    }

    @Test
    void whenTheActualReaches130PercentWithoutAReason_thenAReasonIsAskedFor() {
        assertThatThrownBy(() -> accept(draft(project(indicator("走访户数", "≥", "32", "户", "90", "41.6")))))
                .hasMessage("项目“春节送温暖”的指标“走访户数”的实际完成值41.6达到目标值32的130%及以上，应填写偏差原因。");
        GoalDraft.IndicatorDraft explained = new GoalDraft.IndicatorDraft("产出指标", "数量指标", "走访户数", "≥", "32", "户", "90", "41.6",
                null, "春节前新增困难职工建档");
        assertThat(accept(draft(project(explained))).projects()).hasSize(1);
        assertThat(GoalChecks.accept(draft(project(indicator("走访户数", "≥", "32", "户", "90", "41.6"))), YANBIAN, 1, Optional.empty(),
                Optional.empty(), java.math.BigDecimal.valueOf(150)).projects()).hasSize(1);
    }

    @Test
    void whenThirdLevelNamesRepeat_thenTheProjectIsRefused() {
        assertThatThrownBy(() -> accept(draft(project(indicator("走访户数", "≥", "32", "户", "45", "32"),
                indicator("走访户数", "≥", "1", "次", "45", "1")))))
                .hasMessage("项目“春节送温暖”的三级指标“走访户数”重复，同一项目内三级指标名称应唯一。");
    }

    @Test
    void whenAQualitativeIndicatorLacksAGradeLabelOrLeavesItsBand_thenItIsRefused() {
        assertThatThrownBy(() -> accept(draft(project(qualitative("职工关怀", "90", "优良", null)))))
                .hasMessage("项目“春节送温暖”的指标“职工关怀”为定性指标，完成情况应为“达成年度指标”“部分达成年度指标并具有一定效果”"
                        + "“未达成年度指标且效果较差”之一，实际为“优良”。");
        assertThatThrownBy(() -> accept(draft(project(qualitative("职工关怀", "90", "部分达成年度指标并具有一定效果", "72")))))
                .hasMessage("项目“春节送温暖”的指标“职工关怀”的评定得分72不在“部分达成年度指标并具有一定效果”的区间[54, 72)内。");
    }

    @Test
    void whenYanbiansTable2IsEnteredAsPrinted_thenItIsRefusedBecauseItHasNoWeights() {
        assertThatThrownBy(() -> accept(draft(GoalFixture.yanbianTable2AsPrinted())))
                .hasMessage("项目“部门整体支出（劳模慰问与职工帮扶）”的指标“春节走访慰问”的分值应大于0。");
    }
}
