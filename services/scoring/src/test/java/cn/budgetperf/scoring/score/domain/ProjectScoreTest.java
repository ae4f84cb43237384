package cn.budgetperf.scoring.score.domain;

import static cn.budgetperf.scoring.score.domain.IndicatorFixture.named;
import static cn.budgetperf.scoring.score.domain.IndicatorFixture.qualitative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectScoreTest {

    private static ProjectInput project(List<IndicatorInput> indicators) {
        return new ProjectInput("P1", "春节送温暖", Money.parse("2"), Money.parse("1.6"), Money.parse("1.5"), indicators);
    }

    @Test
    void whenAProjectIsScored_thenExecutionRateOnTheAdjustedBudgetPlusIndicatorsMakeTheTotal() {
        ProjectInput p = project(List.of(named("走访户数", "≥", "32", "40", "30"), named("慰问成本", "≤", "1.6", "20", "1.5"),
                qualitative("职工关怀", "30", QualitativeGrade.ACHIEVED, null)));

        Evaluation e = ScoreEngine.evaluate(new ScoringInput(null, null, List.of(p), null), ScoringSettings.DEFAULT, List.of());

        ProjectResult r = e.projects().get(0);
        assertThat(r.executionRate().percent()).isEqualByComparingTo("93.75");
        assertThat(r.items()).extracting(ScoredItem::points).map(BigDecimal::toPlainString)
                .containsExactly("9.38", "37.50", "20.00", "30.00");
        assertThat(r.fin().total()).isEqualByComparingTo("96.88");
        assertThat(r.fin().maxTotal()).isEqualByComparingTo("100");
        assertThat(r.fin().grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(e.findings()).extracting(Finding::ruleId).containsExactly("INDICATOR_SHORTFALL_REASON_MISSING");
    }

    @Test
    void whenWeightsDoNotSumTo90_thenTheProjectIsRefusedWithTheSum() {
        assertThatThrownBy(() -> project(List.of(named("走访户数", "≥", "32", "40", "30"), named("慰问成本", "≤", "1.6", "40", "1.5"))))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("项目“春节送温暖”的指标分值合计应为90分（另10分为预算执行率），实际为80分。");
    }

    @Test
    void whenAThirdLevelNameRepeats_thenTheProjectIsRefused() {
        assertThatThrownBy(() -> project(List.of(named("走访户数", "≥", "32", "45", "30"), named("走访户数", "≥", "1", "45", "1"))))
                .hasMessage("项目“春节送温暖”的三级指标“走访户数”重复，同一项目内三级指标名称应唯一。");
    }

    @Test
    void whenTheBureauReScoresAnIndicator_thenTheProjectTotalFollowsAndTheSelfTotalStays() {
        ProjectInput p = project(List.of(named("走访户数", "≥", "32", "90", "32")));

        Evaluation e = ScoreEngine.evaluate(new ScoringInput(null, null, List.of(p), null), ScoringSettings.DEFAULT,
                List.of(new Review("P1/走访户数", new BigDecimal("80"), "走访记录只能证明28户")));

        assertThat(e.projects().get(0).self().total()).isEqualByComparingTo("99.38");
        assertThat(e.projects().get(0).fin().total()).isEqualByComparingTo("89.38");
        assertThat(e.reviewed()).isTrue();
    }

    @Test
    void whenAReviewExceedsTheItemsMaximum_thenItIsNotAppliedAndSaysWhy() {
        ProjectInput p = project(List.of(named("走访户数", "≥", "32", "90", "32")));

        Evaluation e = ScoreEngine.evaluate(new ScoringInput(null, null, List.of(p), null), ScoringSettings.DEFAULT,
                List.of(new Review("P1/EXECUTION_RATE", new BigDecimal("11"), "笔误"), new Review("P9/x", BigDecimal.ONE, "旧项目")));

        assertThat(e.reviewed()).isFalse();
        assertThat(e.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("REVIEW_ABOVE_MAXIMUM", "REVIEW_ITEM_GONE");
    }

    @Test
    void whenOnlyFiguresAreKnown_thenTheDepartmentIsScoredOnItsExecutionRateAsBefore() {
        Evaluation e = ScoreEngine.evaluate(new ScoringInput(Money.parse("2519.12"), Money.parse("2544.94"), List.of(), null),
                ScoringSettings.DEFAULT, List.of());

        assertThat(e.items()).extracting(ScoredItem::code).containsExactly("EXECUTION_RATE");
        assertThat(e.fin().total()).isEqualByComparingTo("9.90");
        assertThat(e.fin().converted()).isEqualByComparingTo("99.00");
    }
}
