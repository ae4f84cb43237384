package cn.budgetperf.portal.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreePublicChangeTest {

    private static Map<String, Object> submission(Map<String, Object> threePublic) {
        return Map.of("document", Map.of("threePublic", threePublic));
    }

    @Test
    void whenTheTotalIsStated_thenTheChangeIsTheTotalsDifference() {
        ThreePublicChange c = ThreePublicChange.of(submission(Map.of("total", Map.of("actual", "3.96", "priorYearActual", "4.30"))));

        assertThat(c.changeText()).isEqualTo("-0.34");
        assertThat(c.percentText()).isEqualTo("-7.9%");
    }

    @Test
    void whenOnlyThePartsAreStated_thenTheyAreAddedUp() {
        ThreePublicChange c = ThreePublicChange.of(submission(Map.of(
                "reception", Map.of("actual", "0.09", "priorYearActual", "0.05"),
                "vehicleOperation", Map.of("actual", "1", "priorYearActual", "1"))));

        assertThat(c.actual()).isEqualByComparingTo("1.09");
        assertThat(c.changeText()).isEqualTo("+0.04");
        assertThat(c.percentText()).isEqualTo("+3.8%");
    }

    @Test
    void whenLastYearWasZero_thenNoRateIsInvented() {
        ThreePublicChange c = ThreePublicChange.of(submission(Map.of("total", Map.of("actual", "0.5", "priorYearActual", "0"))));

        assertThat(c.percentText()).isEqualTo("上年为零");
    }

    @Test
    void whenNothingIsReported_thenThereIsNoChange() {
        assertThat(ThreePublicChange.of(Map.of("document", Map.of()))).isNull();
        assertThat(ThreePublicChange.of(null)).isNull();
        assertThat(ThreePublicChange.of(submission(Map.of("total", Map.of("actual", "1"))))).isNull();
    }
}
