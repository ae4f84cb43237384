package cn.budgetperf.publication.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
        assertThat(page.scoreRows()).extracting(ReportPage.Row::value).containsExactly("98.99%", "9.90 / 10.00", "99.00", "优");
    }

    @Test
    void whenNoScoreExistsYet_thenThereIsNoScoreSentenceNorTable() {
        ReportPage page = ReportPage.of(rsj(Optional.empty()));

        assertThat(page.summary()).hasSize(1);
        assertThat(page.scoreRows()).isEmpty();
        assertThat(page.statusNote()).contains("尚未经财政部门审核");
    }
}
