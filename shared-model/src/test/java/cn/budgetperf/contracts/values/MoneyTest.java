package cn.budgetperf.contracts.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void whenAmountHasMoreThanSixDecimals_thenItIsRefusedAsFinerThanAFen() {
        assertThatThrownBy(() -> Money.parse("18.0923821"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("精确到分");
    }

    @Test
    void whenAmountIsExactToTheFen_thenItIsKeptExactly() {
        Money money = Money.parse("18.092382");

        assertThat(money.wanYuan()).isEqualByComparingTo(new BigDecimal("18.092382"));
        assertThat(money.toString()).isEqualTo("18.092382");
    }

    @Test
    void whenDisplayed_thenItIsRoundedHalfUpToTwoDecimals() {
        assertThat(Money.parse("232.345").display()).isEqualTo("232.35");
        assertThat(Money.parse("232.344999").display()).isEqualTo("232.34");
        assertThat(Money.parse("10").display()).isEqualTo("10.00");
    }

    @Test
    void whenAddingAndSubtracting_thenNoBinaryRoundingCreepsIn() {
        Money sum = Money.parse("5.15").plus(Money.parse("54.82")).plus(Money.parse("2.66")).plus(Money.parse("6.59"));

        assertThat(sum).isEqualTo(Money.parse("69.22"));
        assertThat(Money.parse("316.23").minus(Money.parse("232.34"))).isEqualTo(Money.parse("83.89"));
    }

    @Test
    void whenScalesDiffer_thenEqualAmountsAreEqual() {
        assertThat(Money.parse("69.2100")).isEqualTo(Money.parse("69.21"));
        assertThat(Money.parse("69.2100").hashCode()).isEqualTo(Money.parse("69.21").hashCode());
        assertThat(Money.parse("1E+2").toString()).isEqualTo("100");
    }

    @Test
    void whenTextIsNotANumber_thenTheMessageSaysSo() {
        assertThatThrownBy(() -> Money.parse("189.67190.2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("不是有效的金额");
    }
}
