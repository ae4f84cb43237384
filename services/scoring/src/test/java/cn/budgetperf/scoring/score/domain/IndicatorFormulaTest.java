package cn.budgetperf.scoring.score.domain;

import static cn.budgetperf.scoring.score.domain.IndicatorFixture.of;
import static cn.budgetperf.scoring.score.domain.IndicatorFixture.qualitative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorFormulaTest {

    private static BigDecimal points(IndicatorInput i) {
        return IndicatorFormula.score(i, ScoringSettings.DEFAULT).points();
    }

    @Test
    void whenAPositiveIndicatorFallsShort_thenItScoresTheRatioRoundedHalfUp() {
        IndicatorFormula.Scored scored = IndicatorFormula.score(of("≥", "100", "30", "95"), ScoringSettings.DEFAULT);

        assertThat(scored.points()).isEqualByComparingTo("28.50");
        assertThat(scored.formula()).isEqualTo("正向：round(95 / 100 × 30, 2) = 28.5");
        assertThat(points(of("≥", "3", "10", "2"))).isEqualByComparingTo("6.67");
        assertThat(points(of("≥", "8", "10", "1"))).isEqualByComparingTo("1.25");
    }

    @Test
    void whenAPositiveIndicatorIsMetOrExceeded_thenItScoresTheWholeWeight() {
        assertThat(points(of("≥", "100", "30", "100"))).isEqualByComparingTo("30.00");
        assertThat(points(of(">=", "100", "30", "250"))).isEqualByComparingTo("30.00");
    }

    @Test
    void whenAReverseIndicatorOvershoots_thenItLosesLinearlyUntilTwiceTheTarget() {
        assertThat(points(of("≤", "100", "20", "90"))).isEqualByComparingTo("20.00");
        assertThat(points(of("≤", "100", "20", "125"))).isEqualByComparingTo("15.00");
        assertThat(points(of("≤", "3", "10", "4"))).isEqualByComparingTo("6.67");
        assertThat(points(of("≤", "100", "20", "200"))).isEqualByComparingTo("0.00");
        assertThat(points(of("<=", "100", "20", "350"))).isEqualByComparingTo("0.00");
    }

    @Test
    void whenTheJurisdictionUsesTheRatioVariant_thenAReverseIndicatorScoresTargetOverActual() {
        ScoringSettings ratio = new ScoringSettings(ReverseFormula.TARGET_OVER_ACTUAL, BigDecimal.ONE, new BigDecimal("0.7"),
                new BigDecimal("0.3"), new BigDecimal("130"));

        assertThat(IndicatorFormula.score(of("≤", "100", "20", "200"), ratio).points()).isEqualByComparingTo("10.00");
        assertThat(ratio.ruleVersion()).contains("reverse=TARGET_OVER_ACTUAL");
    }

    @Test
    void whenAnEqualIndicatorHasTargetZero_thenOnlyNothingScores() {
        assertThat(points(of("＝", "0", "10", "0"))).isEqualByComparingTo("10.00");
        assertThat(points(of("=", "0", "10", "0.5"))).isEqualByComparingTo("0.00");
        assertThat(points(of("＝", "100", "10", "50"))).isEqualByComparingTo("5.00");
        assertThat(points(of("≤", "0", "10", "0"))).isEqualByComparingTo("10.00");
        assertThat(points(of("≤", "0", "10", "1"))).isEqualByComparingTo("0.00");
    }

    @Test
    void whenAQualitativeIndicatorHasNoChosenPoints_thenTheGradeDefaultApplies() {
        assertThat(points(qualitative("质量", "10", QualitativeGrade.ACHIEVED, null))).isEqualByComparingTo("10.00");
        assertThat(points(qualitative("质量", "10", QualitativeGrade.PARTIAL, null))).isEqualByComparingTo("7.00");
        assertThat(points(qualitative("质量", "10", QualitativeGrade.FAILED, null))).isEqualByComparingTo("3.00");
        assertThat(points(qualitative("质量", "10", QualitativeGrade.PARTIAL, "6"))).isEqualByComparingTo("6.00");
    }

    @Test
    void whenChosenPointsLeaveTheGradesBand_thenTheIndicatorIsRefusedWithTheBand() {
        assertThatThrownBy(() -> qualitative("质量", "10", QualitativeGrade.PARTIAL, "8"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("项目“测试项目”的指标“质量”的得分8不在“部分达成年度指标并具有一定效果”的区间[6, 8)内。");
    }

    @Test
    void whenInputCannotBeScored_thenTheExactReasonIsGiven() {
        assertThatThrownBy(() -> of("≈", "100", "10", "1")).isInstanceOf(InvalidInput.class)
                .hasMessage("指标的指标性质“≈”无法识别，应为 ≥、≤、＝ 或 定性。");
        assertThatThrownBy(() -> of("≥", "0", "10", "1")).isInstanceOf(InvalidInput.class)
                .hasMessage("项目“测试项目”的指标“指标”为正向指标（≥），目标值应大于0，实际为0。");
        assertThatThrownBy(() -> of("≥", "10", "0", "1")).hasMessage("项目“测试项目”的指标“指标”的分值应大于0，实际为0。");
        assertThatThrownBy(() -> of("≥", "10", "5", null)).hasMessage("项目“测试项目”的指标“指标”为定量指标，缺少实际完成值。");
        assertThatThrownBy(() -> QualitativeGrade.parse("良好", "指标“满意度”"))
                .hasMessageContaining("完成情况应为“达成年度指标”“部分达成年度指标并具有一定效果”“未达成年度指标且效果较差”之一，实际为“良好”");
    }

    @Test
    void whenTheActualReaches130PercentOfTarget_thenADeviationReasonIsDue() {
        assertThat(IndicatorFormula.needsDeviationReason(of("≥", "100", "10", "130"), ScoringSettings.DEFAULT)).isTrue();
        assertThat(IndicatorFormula.needsDeviationReason(of("≥", "100", "10", "129.99"), ScoringSettings.DEFAULT)).isFalse();
    }
}
