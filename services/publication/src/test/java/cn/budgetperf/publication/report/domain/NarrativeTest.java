package cn.budgetperf.publication.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NarrativeTest {

    private static String paragraph(List<Paragraph> paragraphs, String heading) {
        return paragraphs.stream().filter(p -> p.heading().equals(heading)).findFirst().map(Paragraph::text).orElseThrow();
    }

    @Test
    void whenYanbian2024IsComparedWith2023_thenTotalsFellBy83_89Or26_53PercentRoundedHalfUp() {
        List<Paragraph> n = Narrative.of(YanbianFixture.facts());

        assertThat(paragraph(n, "收入支出决算总体情况")).isEqualTo(
                "2024年度，盐边县总工会本年收入合计232.34万元，本年支出合计232.34万元，全年预算数232.34万元。"
                        + "与2023年度的316.23万元相比，收入、支出合计各减少83.89万元，下降26.53%。");
    }

    @Test
    void whenAllIncomeIsGeneralPublicBudget_thenTheFourFunctionalClassesAreItsStructureWithHalfUpShares() {
        String text = paragraph(Narrative.of(YanbianFixture.facts()), "一般公共预算财政拨款支出决算情况");

        assertThat(text).startsWith("2024年度一般公共预算财政拨款支出232.34万元，占本年支出合计的100.00%，完成预算100.00%。")
                .endsWith("主要用于以下方面：一般公共服务支出160.45万元，占69.06%；社会保障和就业支出44.72万元，占19.25%；"
                        + "卫生健康支出14.26万元，占6.14%；住房保障支出12.91万元，占5.56%。");
    }

    @Test
    void whenIncomeAndSpendingAreBrokenDown_thenEverySourceAndNatureWithAnAmountIsListedWithItsShare() {
        List<Paragraph> n = Narrative.of(YanbianFixture.facts());

        assertThat(paragraph(n, "收入决算情况")).isEqualTo("2024年度本年收入合计232.34万元，其中：一般公共预算财政拨款收入232.34万元，占100.00%。");
        assertThat(paragraph(n, "支出决算情况"))
                .isEqualTo("2024年度本年支出合计232.34万元，其中：基本支出200.09万元，占86.12%；项目支出32.25万元，占13.88%。");
        assertThat(paragraph(n, "基本支出决算情况")).isEqualTo("2024年度基本支出200.09万元，其中：人员经费184.56万元；公用经费15.52万元。");
    }

    @Test
    void whenThreePublicRoseFrom0_05To0_09_thenTheIncreaseIs80PercentNot8() {
        assertThat(paragraph(Narrative.of(YanbianFixture.facts()), "财政拨款“三公”经费支出决算情况"))
                .isEqualTo("2024年度“三公”经费财政拨款支出决算为0.09万元，完成预算100.00%，较上年度增加0.04万元，增长80.00%。"
                        + "其中：因公出国（境）费0.00万元，占0.00%；公务用车购置费0.00万元，占0.00%；公务用车运行维护费0.00万元，占0.00%；"
                        + "公务接待费0.09万元，占100.00%。");
    }

    @Test
    void whenThereIsNoGovernmentFundNorStateCapital_thenTheParagraphSaysSo() {
        assertThat(paragraph(Narrative.of(YanbianFixture.facts()), "政府性基金预算和国有资本经营预算财政拨款情况"))
                .isEqualTo("2024年度本部门无政府性基金预算财政拨款收入、支出。2024年度本部门无国有资本经营预算财政拨款收入、支出。");
    }

    @Test
    void whenOnlyTheTotalsAreKnown_thenOnlyTheOverallParagraphIsWrittenAndNothingIsGuessed() {
        List<Paragraph> n = Narrative.of(YanbianFixture.facts(Details.NONE, Optional.empty()));

        assertThat(n).extracting(Paragraph::heading).containsExactly("收入支出决算总体情况");
        assertThat(n.get(0).text()).doesNotContain("2023");
    }

    @Test
    void whenTheBureauReScored_thenBothTheSelfScoreAndTheReviewedScoreAreStated() {
        ReportFacts.Score reviewed = new ReportFacts.Score(YanbianFixture.d("100"), YanbianFixture.d("88"), YanbianFixture.d("100"),
                YanbianFixture.d("88"), "良", YanbianFixture.d("90"), YanbianFixture.d("90"), "优", true, List.of(), List.of());

        assertThat(paragraph(Narrative.of(YanbianFixture.facts(Details.NONE, Optional.of(reviewed))), "绩效自评情况"))
                .isEqualTo("预算执行率为100.00%，部门自评得分90.00分（换算得分90.00分，“优”）；经财政部门复核，得分88.00分（满分100.00分），"
                        + "换算得分88.00分，评价等级为“良”。");
    }

    /** 徐水人社局 2023 as the demo world holds it: functional lines with budget and prior year but no 决算数. */
    private static ReportFacts xushui(List<Line> functional, List<Line> threePublic) {
        Details details = new Details(List.of(), List.of(), functional, threePublic, List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty());
        return new ReportFacts("130609002", 2023, "保定市徐水区人力资源和社会保障局", "保定市徐水区", "SUBMITTED",
                YanbianFixture.d("2544.99"), YanbianFixture.d("2519.13"), YanbianFixture.d("2544.94"), details, Optional.empty());
    }

    private static Line line(String key, String name, String budget, String actual, String prior) {
        return YanbianFixture.line(key, name, budget, actual, prior);
    }

    private static String text(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).reduce("", String::concat);
    }

    @Test
    void whenNoFunctionalLineCarriesAnActual_thenTheProseSaysTheyWereNotReportedInsteadOf0AndMinus100Percent() {
        List<Paragraph> n = Narrative.of(xushui(List.of(line("208", "社会保障和就业支出", "2300.50", null, "2400.10"),
                line("221", "住房保障支出", "219.44", null, "120.90")), List.of()));

        assertThat(paragraph(n, "支出决算结构情况（按功能分类）")).isEqualTo("2023年度本部门未填报分功能科目决算数。");
        assertThat(text(n)).doesNotContain("0.00万元").doesNotContain("100.00%").doesNotContain("—");
    }

    @Test
    void whenSomeFunctionalActualsAreMissing_thenOnlyTheReportedOnesAreStatedWithNoTotalShareOrChange() {
        List<Paragraph> n = Narrative.of(xushui(List.of(line("208", "社会保障和就业支出", "2300.50", "2299.10", "2400.10"),
                line("221", "住房保障支出", "219.44", null, "120.90")), List.of()));

        assertThat(paragraph(n, "支出决算结构情况（按功能分类）")).isEqualTo(
                "2023年度按功能分类的本年支出中，住房保障支出未填报决算数；已填报的：社会保障和就业支出2299.10万元。");
    }

    @Test
    void whenFunctionalActualsAreReportedAsZero_thenTheZeroAndTheFallFromLastYearAreStillStated() {
        List<Paragraph> n = Narrative.of(xushui(List.of(line("208", "社会保障和就业支出", "10", "0", "10")), List.of()));

        assertThat(paragraph(n, "支出决算结构情况（按功能分类）")).isEqualTo("2023年度按功能分类的本年支出0.00万元，完成预算0.00%。"
                + "与2022年度的10.00万元相比，按功能分类的本年支出减少10.00万元，下降100.00%。");
    }

    @Test
    void whenAThreePublicPartIsNotReported_thenItReads未填报NotDashWanYuan() {
        List<Paragraph> n = Narrative.of(xushui(List.of(), List.of(line("abroad", "因公出国（境）费", "0", null, null),
                line("vehicleOperation", "公务用车运行维护费", "4.00", "3.50", "4.20"), line("reception", "公务接待费", "2.52", "1.50", "2.00"),
                line("total", "“三公”经费合计", "6.52", "5.00", "6.20"))));

        assertThat(paragraph(n, "财政拨款“三公”经费支出决算情况")).isEqualTo(
                "2023年度“三公”经费财政拨款支出决算为5.00万元，完成预算76.69%，较上年度减少1.20万元，下降19.35%。"
                        + "其中：因公出国（境）费未填报；公务用车运行维护费3.50万元，占70.00%；公务接待费1.50万元，占30.00%。");
    }

    @Test
    void whenNeitherTheThreePublicTotalNorAllItsPartsAreReported_thenTheTotalIsNotReportedRatherThanSummedAsZero() {
        List<Paragraph> n = Narrative.of(xushui(List.of(), List.of(line("abroad", "因公出国（境）费", "0", null, null),
                line("reception", "公务接待费", "2.52", null, "2.00"), line("total", "“三公”经费合计", "6.52", null, "6.20"))));

        assertThat(paragraph(n, "财政拨款“三公”经费支出决算情况")).isEqualTo("2023年度“三公”经费财政拨款支出决算数未填报。");
    }

    @Test
    void whenThreePublicIsReportedAsZeroThroughout_thenZeroIsStated() {
        List<Paragraph> n = Narrative.of(xushui(List.of(), List.of(line("abroad", "因公出国（境）费", "0", "0", "0"),
                line("total", "“三公”经费合计", "0", "0", "0"))));

        assertThat(paragraph(n, "财政拨款“三公”经费支出决算情况")).isEqualTo("2023年度“三公”经费财政拨款支出决算为0.00万元，较上年度持平。");
    }
}
