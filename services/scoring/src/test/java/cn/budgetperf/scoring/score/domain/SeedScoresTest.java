package cn.budgetperf.scoring.score.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.contracts.values.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden tests: the seeds' stated scores, recomputed (DESIGN §4, §6.3). */
class SeedScoresTest {

    private static Evaluation evaluate(SelfEvaluationInput self) {
        return ScoreEngine.evaluate(new ScoringInput(null, null, List.of(), self), ScoringSettings.DEFAULT, List.of());
    }

    @Test
    void whenXushuiRsj2023IsScored_thenRaw84Point8OverApplicable93Gives91Point18AndExcellent() {
        Evaluation e = evaluate(SeedScoresFixture.xushuiRsj2023(SeedScoresFixture.XUSHUI_2023_MAXIMA));

        assertThat(e.self().total()).isEqualByComparingTo("84.8");
        assertThat(e.self().maxTotal()).isEqualByComparingTo("93");
        assertThat(e.self().converted()).isEqualByComparingTo("91.18");
        assertThat(e.self().grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(e.findings()).isEmpty();
    }

    @Test
    void whenXushuiZgh2024IsScored_thenRaw67Point5WithEveryItemAtItsMaximumConvertsTo100() {
        Evaluation e = evaluate(SeedScoresFixture.xushuiZgh2024());

        assertThat(e.self().total()).isEqualByComparingTo("67.5");
        assertThat(e.self().converted()).isEqualByComparingTo("100.00");
        assertThat(e.self().grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(e.findings()).isEmpty();
    }

    @Test
    void whenYanbian2024IsScored_thenItemsSumTo90AndTheStatedTotal94IsAFindingNamingTheBlankItem() {
        Evaluation e = evaluate(SeedScoresFixture.yanbian2024());

        assertThat(e.self().total()).isEqualByComparingTo("90");
        assertThat(e.self().maxTotal()).isEqualByComparingTo("100");
        assertThat(e.self().converted()).isEqualByComparingTo("90.00");
        assertThat(e.findings()).extracting(Finding::ruleId).containsExactly("SCORE_ITEM_BLANK", "SCORE_TOTAL_MISMATCH");
        Finding mismatch = e.findings().get(1);
        assertThat(mismatch.severity()).isEqualTo("ERROR");
        assertThat(mismatch.message()).isEqualTo("自评得分合计94分与各项得分之和90分不符；未填写得分的项：“财务管理 › 财务管理制度”（满分4分）"
                + "；若未填写的项按满分计，合计恰为94分。");
        assertThat(mismatch.expected()).isEqualTo("90");
        assertThat(mismatch.actual()).isEqualTo("94");
        assertThat(e.findings().get(0).location()).isEqualTo("selfEvaluation.items[yanbian-dept-2024/overall/finance/system]");
    }

    @Test
    void whenTheBureauReScoresTheBlankItem_thenTheFinalScoreIsTheBureausAndTheSelfScoreStaysBesideIt() {
        Evaluation e = ScoreEngine.evaluate(new ScoringInput(Money.parse("232.34"), Money.parse("232.34"), List.of(),
                SeedScoresFixture.yanbian2024()), ScoringSettings.DEFAULT,
                List.of(new Review("yanbian-dept-2024/overall/finance/system", new java.math.BigDecimal("3"), "制度健全，但未按年度修订")));

        assertThat(e.fin().total()).isEqualByComparingTo("93");
        assertThat(e.self().total()).isEqualByComparingTo("90");
        assertThat(e.reviewed()).isTrue();
        ScoredItem item = e.items().stream().filter(i -> i.code().endsWith("finance/system")).findFirst().orElseThrow();
        assertThat(item.selfPoints()).isNull();
        assertThat(item.points()).isEqualByComparingTo("3");
        assertThat(item.formula()).isEqualTo("复核：制度健全，但未按年度修订");
        assertThat(e.executionRatePercent()).isEqualByComparingTo("100.00");
    }

    @Test
    void whenTheStatedConvertedScoreIsWrong_thenItIsAFinding() {
        SelfEvaluationInput stated = SeedScoresFixture.xushuiRsj2023(SeedScoresFixture.XUSHUI_2023_MAXIMA);
        SelfEvaluationInput wrong = new SelfEvaluationInput(stated.frameworkId(), stated.statedTotal(), new java.math.BigDecimal("91.17"),
                stated.items());

        assertThat(evaluate(wrong).findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SCORE_CONVERTED_MISMATCH");
            assertThat(f.message()).isEqualTo("自评换算得分91.17分与计算结果91.18分（84.8 / 93 × 100）不符。");
        });
    }

    @Test
    void whenAReScoredItemNoLongerApplies_thenTheReviewIsNotAppliedAndSaysSo() {
        SelfEvaluationInput base = SeedScoresFixture.yanbian2024();
        List<SelfEvaluationInput.Item> items = base.items().stream().map(i -> i.code().endsWith("finance/system")
                ? new SelfEvaluationInput.Item(i.code(), i.name(), i.maxPoints(), null, false, false) : i).toList();

        Evaluation e = ScoreEngine.evaluate(new ScoringInput(null, null, List.of(), new SelfEvaluationInput(base.frameworkId(), null, null,
                items)), ScoringSettings.DEFAULT, List.of(new Review("yanbian-dept-2024/overall/finance/system", java.math.BigDecimal.ONE, "x")));

        assertThat(e.self().maxTotal()).isEqualByComparingTo("96");
        assertThat(e.reviewed()).isFalse();
        assertThat(e.findings()).extracting(Finding::ruleId).containsExactly("REVIEW_ITEM_NOT_APPLICABLE");
    }
}
