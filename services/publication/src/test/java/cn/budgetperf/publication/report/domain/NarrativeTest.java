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
}
