package cn.budgetperf.scoring.score.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExecutionRateTest {

    @Test
    void whenRsj2023IsScored_thenRateAndPointsAreRoundedHalfUpOnce() {
        ExecutionRate rate = ExecutionRate.of(Money.parse("2519.12"), Money.parse("2544.94"));

        assertThat(rate.percent()).isEqualByComparingTo("98.99");
        assertThat(rate.points()).isEqualByComparingTo("9.90");
    }

    @Test
    void whenSpendingExceedsBudget_thenPointsAreCappedAtTen() {
        ExecutionRate rate = ExecutionRate.of(Money.parse("120"), Money.parse("100"));

        assertThat(rate.percent()).isEqualByComparingTo("120.00");
        assertThat(rate.points()).isEqualByComparingTo("10.00");
    }

    @Test
    void whenTheThirdDecimalIsFive_thenItRoundsUp() {
        // 0.99945 × 10 = 9.9945 → 9.99; 0.9995 × 10 = 9.995 → 10.00 (half-up, not half-even)
        assertThat(ExecutionRate.of(Money.parse("99.945"), Money.parse("100")).points()).isEqualByComparingTo("9.99");
        assertThat(ExecutionRate.of(Money.parse("99.95"), Money.parse("100")).points()).isEqualByComparingTo("10.00");
        assertThat(ExecutionRate.of(Money.parse("0.125"), Money.parse("1")).percent()).isEqualByComparingTo("12.50");
    }

    @Test
    void whenARepeatingDecimalIsInvolved_thenNoPrecisionIsLostBeforeRounding() {
        ExecutionRate rate = ExecutionRate.of(Money.parse("2"), Money.parse("3"));

        assertThat(rate.percent()).isEqualByComparingTo("66.67");
        assertThat(rate.points()).isEqualByComparingTo("6.67");
    }

    @Test
    void whenBudgetIsZero_thenTheRateIsZero() {
        assertThat(ExecutionRate.of(Money.ZERO, Money.ZERO).points()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
