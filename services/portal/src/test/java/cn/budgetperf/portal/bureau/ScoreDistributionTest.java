package cn.budgetperf.portal.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreDistributionTest {

    private static List<BigDecimal> scores(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void whenScoresSitOnTheBandEdges_thenEachFallsIntoTheBandItOpens() {
        ScoreDistribution d = ScoreDistribution.of(scores("90.00", "89.99", "80", "79.99", "60", "59.99", "100"));

        assertThat(d.bands()).extracting(ScoreDistribution.Band::count).containsExactly(2, 2, 2, 1);
        assertThat(d.scored()).isEqualTo(7);
    }

    @Test
    void whenOneBandHoldsMost_thenItsBarIsTheTallestAndTheOthersScaleToIt() {
        ScoreDistribution d = ScoreDistribution.of(scores("95", "91", "85", "40"));

        assertThat(d.bands().get(0).height()).isEqualTo(ScoreDistribution.CHART_HEIGHT - 20);
        assertThat(d.bands().get(1).height()).isEqualTo((ScoreDistribution.CHART_HEIGHT - 20) / 2);
        assertThat(d.bands().get(2).height()).isZero();
        assertThat(d.bands().get(0).share()).isEqualTo("50.0%");
        assertThat(d.summary()).isEqualTo("已评分部门4个：优2个、良1个、中0个、差1个");
    }

    @Test
    void whenNothingIsScored_thenEveryBarIsEmptyAndNoShareIsInvented() {
        ScoreDistribution d = ScoreDistribution.of(List.of());

        assertThat(d.bands()).allSatisfy(b -> {
            assertThat(b.height()).isZero();
            assertThat(b.share()).isEqualTo("—");
        });
    }
}
