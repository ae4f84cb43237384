package cn.budgetperf.scoring.score.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static Scorecard.Item item(String max, String points) {
        return new Scorecard.Item("X", "项", new BigDecimal(max), new BigDecimal(points), "");
    }

    @Test
    void whenXushuiRsj2023IsConverted_thenRaw84Point8Over93Gives91Point18AndExcellent() {
        // DESIGN §4: 徐水人社局 2023, raw 84.8 with applicable maximum 93 → 91.18 (优)
        Scorecard card = new Scorecard(BigDecimal.ZERO, List.of(item("50", "45.8"), item("43", "39")));

        assertThat(card.total()).isEqualByComparingTo("84.8");
        assertThat(card.maxTotal()).isEqualByComparingTo("93");
        assertThat(card.converted()).isEqualByComparingTo("91.18");
        assertThat(card.grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void whenEveryApplicableItemIsAtItsMaximum_thenTheConvertedScoreIs100() {
        // DESIGN §4: 徐水总工会 2024, raw 67.5, all applicable items at maximum → 100
        Scorecard card = new Scorecard(BigDecimal.ZERO, List.of(item("6", "6"), item("10.5", "10.5"), item("51", "51")));

        assertThat(card.total()).isEqualByComparingTo("67.5");
        assertThat(card.converted()).isEqualByComparingTo("100.00");
    }

    @Test
    void whenGradeBoundariesAreHit_thenTheLowerBoundBelongsToTheHigherGrade() {
        assertThat(Grade.of(new BigDecimal("90"))).isEqualTo(Grade.EXCELLENT);
        assertThat(Grade.of(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
        assertThat(Grade.of(new BigDecimal("80"))).isEqualTo(Grade.GOOD);
        assertThat(Grade.of(new BigDecimal("60"))).isEqualTo(Grade.FAIR);
        assertThat(Grade.of(new BigDecimal("59.99"))).isEqualTo(Grade.POOR);
    }

    @Test
    void whenAnItemExceedsItsMaximum_thenItCannotBeBuilt() {
        assertThatThrownBy(() -> item("4", "4.5")).hasMessageContaining("超过满分");
    }
}
