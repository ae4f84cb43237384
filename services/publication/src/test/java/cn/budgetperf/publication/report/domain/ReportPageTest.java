package cn.budgetperf.publication.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportPageTest {

    private static ReportFacts rsj(Optional<ReportFacts.Score> score) {
        return new ReportFacts("130609002", 2023, "保定市徐水区人力资源和社会保障局", "保定市徐水区", "SUBMITTED",
                new BigDecimal("2544.994999"), new BigDecimal("2519.125"), new BigDecimal("2544.94"), score);
    }

    @Test
    void whenFiguresHaveMoreThanTwoDecimals_thenTheSummaryRoundsHalfUpToTheSameValuesAsTheTable() {
        ReportPage page = ReportPage.of(rsj(Optional.empty()));

        assertThat(page.summary()).first().asString()
                .isEqualTo("2023年度，保定市徐水区人力资源和社会保障局本年收入合计2544.99万元，本年支出合计2519.13万元，全年预算数2544.94万元。");
        assertThat(page.totals()).extracting(ReportPage.Row::value).containsExactly("2544.99", "2519.13", "2544.94");
    }

    @Test
    void whenAScoreExists_thenTheSummaryAndScoreTableState() {
        ReportPage page = ReportPage.of(rsj(Optional.of(new ReportFacts.Score(new BigDecimal("98.99"), new BigDecimal("9.9"),
                BigDecimal.TEN, new BigDecimal("99"), "优"))));

        assertThat(page.summary()).element(1).asString()
                .isEqualTo("预算执行率为98.99%，自评得分9.90分（满分10.00分），换算得分99.00分，评价等级为“优”。");
        assertThat(page.performance().scores().title()).isEqualTo("绩效自评得分");
        assertThat(page.performance().scores().columns()).extracting(Table.Column::label).containsExactly("项目", "部门自评");
        assertThat(page.performance().scores().rows()).extracting(r -> r.cells().get(0).text() + "=" + r.cells().get(1).text())
                .containsExactly("预算执行率=98.99%", "自评得分=9.90 / 10.00", "换算得分=99.00", "评价等级=优");
    }

    @Test
    void whenTheBureauReScored_thenTheSelfScoreAndTheReviewStandSideBySideWithBothGrades() {
        ReportFacts.Score reviewed = new ReportFacts.Score(new BigDecimal("98.99"), new BigDecimal("84.8"), new BigDecimal("100"),
                new BigDecimal("84.80"), "良", new BigDecimal("93"), new BigDecimal("93.00"), "优", true, List.of(), List.of());

        Table scores = ReportPage.of(rsj(Optional.of(reviewed))).performance().scores();

        assertThat(scores.title()).isEqualTo("绩效自评得分及财政复核得分");
        assertThat(scores.columns()).extracting(Table.Column::label).containsExactly("项目", "部门自评", "财政复核（公开结果）");
        assertThat(scores.rows()).extracting(r -> String.join("|", r.cells().stream().map(Table.Cell::text).toList()))
                .containsExactly("预算执行率|98.99%|98.99%", "自评得分 / 复核得分|93.00 / 100.00|84.80 / 100.00", "换算得分|93.00|84.80",
                        "评价等级|优|良");
        assertThat(ReportPage.of(rsj(Optional.of(reviewed))).allTables()).contains(scores);
    }

    @Test
    void whenNoScoreExistsYet_thenThereIsNoScoreSentenceNorTable() {
        ReportPage page = ReportPage.of(rsj(Optional.empty()));

        assertThat(page.summary()).hasSize(1);
        assertThat(page.performance().scores().rows()).isEmpty();
        assertThat(page.performance().scores().emptyNote()).contains("评分计算中，请稍后刷新。");
        assertThat(page.statusNote()).contains("尚未经财政部门审核");
    }

    @Test
    void whenOnlyTotalsAreKnown_thenEveryStandardTableIsPresentAndThoseWithoutDataSayWhy() {
        ReportPage page = ReportPage.of(rsj(Optional.empty()));

        assertThat(page.tables()).extracting(Table::title).contains("收入支出决算总表", "收入决算表", "支出决算表（按支出性质）",
                "财政拨款收入支出决算总表", "支出决算表（按功能分类科目）", "基本支出决算表", "项目支出决算表",
                "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表", "财政拨款“三公”经费支出决算表");
        assertThat(page.tables().get(0).rows()).hasSize(2);
        assertThat(page.tables().stream().skip(1)).allSatisfy(t -> assertThat(t.emptyNote()).get().asString().startsWith("本表无数据"));
        assertThat(page.charts()).extracting(Chart::id).containsExactly("chart-totals");
        assertThat(page.glossary()).extracting(Term::term).contains("“三公”经费", "基本支出", "项目支出");
    }

    @Test
    void whenYanbianReportsItsTables_thenTheFunctionalTableShowsClassesAndItemsWithTheirShareOfBudget() {
        ReportPage page = ReportPage.of(YanbianFixture.facts());
        Table functional = page.tables().stream().filter(t -> t.id().equals("functional")).findFirst().orElseThrow();

        assertThat(functional.title()).isEqualTo("一般公共预算财政拨款支出决算表（按功能分类科目）");
        assertThat(functional.rows()).first().satisfies(r -> {
            assertThat(r.cells()).extracting(Table.Cell::text).containsExactly("201", "一般公共服务支出", "160.45", "160.45", "100.00%", "—");
            assertThat(r.level()).isZero();
        });
        assertThat(functional.rows()).element(2).extracting(Table.Row::level).isEqualTo(2);
        assertThat(functional.rows()).last().satisfies(r -> {
            assertThat(r.total()).isTrue();
            assertThat(r.cells()).extracting(Table.Cell::text).contains("232.34");
        });
    }

    @Test
    void whenYanbianHasNoGovernmentFund_thenThatTableSaysItDoesNotApplyRatherThanNoData() {
        ReportPage page = ReportPage.of(YanbianFixture.facts());

        assertThat(page.tables()).filteredOn(t -> t.id().equals("government-fund")).singleElement()
                .extracting(t -> t.emptyNote().orElseThrow()).isEqualTo("本部门2024年度无政府性基金预算财政拨款收入、支出，本表不适用。");
        assertThat(page.tables()).filteredOn(t -> t.id().equals("income")).singleElement()
                .satisfies(t -> assertThat(t.rows()).last().extracting(r -> r.cells().get(2).text()).isEqualTo("232.34"));
    }

    @Test
    void whenYanbianReportsPriorYearAndStructures_thenChartsShowYearOnYearAndStructures() {
        ReportPage page = ReportPage.of(YanbianFixture.facts());

        assertThat(page.charts()).extracting(Chart::id)
                .containsExactly("chart-totals", "chart-yoy", "chart-income", "chart-expenditure", "chart-functional");
        Chart functional = page.charts().get(4);
        assertThat(functional.bars()).extracting(Chart.Bar::label).containsExactly("一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出");
        assertThat(functional.bars().get(0).length()).isEqualTo(330);
        assertThat(functional.bars().get(1).length()).isEqualTo(92);
        assertThat(functional.description()).contains("社会保障和就业支出44.72万元（19.25%）");
    }

    @Test
    void whenYanbiansProfileCountsItsUnitsAndStaffByType_thenTheRowsSayHowManyOfEachAsItsReportDoes() {
        ReportPage page = ReportPage.of(YanbianFixture.facts());

        // seed 001: 核定编制4人（其中：公务员编制3人，工勤编制1人）；实有在职人员7人（其中：公务员3人，工勤人员1人，事业人员3人）；退休10人
        assertThat(page.profile()).extracting(r -> r.label() + "=" + r.value()).contains(
                "下属预算单位=0个（其中：行政单位0个，参照公务员法管理的事业单位0个，其他事业单位1个）",
                "编制数=4人（其中：公务员编制3人，工勤编制1人）",
                "实有人数=7人（其中：公务员3人，工勤人员1人，事业人员3人）",
                "离退休人数=10人");
    }

    @Test
    void whenTheProfileAndSelfEvaluationTextsExist_thenTheyAppearAsWritten() {
        ReportPage page = ReportPage.of(YanbianFixture.facts());

        assertThat(page.profile()).extracting(ReportPage.Row::label).containsExactly("单位性质", "内设机构", "下属预算单位", "编制数", "实有人数", "离退休人数");
        assertThat(page.duties()).hasSize(4).first().isEqualTo("维护职工群众的经济效益和民主权益。");
        assertThat(page.performance().problems()).containsExactly("对于工会职能的宣传力度不够。");
        assertThat(page.performance().resultApplication()).contains("整改反馈方面做到有问题及时整改。");
    }

    @Test
    void whenGoalsWereReceived_thenEachProjectHasAnIndicatorTableWithTargetsAndActualsAndTheOverallGoalsAreListed() {
        Goals goals = new Goals(List.of(new Goals.DepartmentGoal("维护职工权益", "春节送温暖", "走访慰问32户", "春节送温暖")),
                List.of(new Goals.ProjectGoals("510422-2024-01", "春节送温暖", "做好劳模慰问与职工帮扶", List.of(
                        new Goals.Indicator("产出指标", "数量指标", "春节走访慰问", "＝", "100", "%", "20", "100", null),
                        new Goals.Indicator("效益指标", "社会效益指标", "体现政府对一线职工的关怀", "定性", "优良", "项", "30", "达成年度指标", null)))));
        ReportFacts f = YanbianFixture.facts();
        ReportPage page = ReportPage.of(new ReportFacts(f.departmentCode(), f.fiscalYear(), f.departmentName(), f.regionName(),
                f.submissionStatus(), f.incomeTotal(), f.expenditureTotal(), f.budgetTotal(), f.details(), goals, f.score()));

        assertThat(page.performance().goals().rows()).singleElement()
                .satisfies(r -> assertThat(r.cells()).extracting(Table.Cell::text).containsExactly("维护职工权益", "春节送温暖", "走访慰问32户", "春节送温暖"));
        Table indicators = page.performance().indicators().get(0);
        assertThat(indicators.title()).isEqualTo("项目绩效指标完成情况表：春节送温暖（年度总体目标：做好劳模慰问与职工帮扶）");
        assertThat(indicators.inWanYuan()).isFalse();
        assertThat(indicators.rows()).extracting(r -> r.cells().get(6).text()).containsExactly("100", "达成年度指标");
    }

    @Test
    void whenNoGoalsWereReceived_thenTheIndicatorTableSaysSo() {
        ReportPage page = ReportPage.of(YanbianFixture.facts());

        assertThat(page.performance().indicators()).singleElement()
                .extracting(t -> t.emptyNote().orElseThrow()).isEqualTo("本表无数据：部门尚未报送项目绩效目标和指标。");
    }

    @Test
    void whenFunctionalActualsAreMissing_thenTheTableTotalIsADashWithoutUnitAndNoFunctionalChartIsDrawn() {
        Details details = new Details(List.of(), List.of(), List.of(YanbianFixture.line("208", "社会保障和就业支出", "2300.50", null, "2400.10")),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
        ReportPage page = ReportPage.of(new ReportFacts("130609002", 2023, "保定市徐水区人力资源和社会保障局", "保定市徐水区", "SUBMITTED",
                new BigDecimal("2544.99"), new BigDecimal("2519.13"), new BigDecimal("2544.94"), details, Optional.empty()));

        Table functional = page.tables().stream().filter(t -> t.id().equals("functional")).findFirst().orElseThrow();
        assertThat(functional.rows()).last().extracting(r -> r.cells().get(3).text()).isEqualTo("—");
        assertThat(page.charts()).extracting(Chart::id).doesNotContain("chart-functional");
        assertThat(page.summary()).noneMatch(s -> s.contains("—万元") || s.contains("0.00万元"));
    }
}
