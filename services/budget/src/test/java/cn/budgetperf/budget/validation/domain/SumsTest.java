package cn.budgetperf.budget.validation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.contracts.values.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rounding tolerance of DESIGN §6.1: 0.005 万元 per addend, and what unknown parts allow. */
class SumsTest {

    private static List<Sums.Part> parts(String... amounts) {
        return java.util.Arrays.stream(amounts).map(a -> Sums.Part.of(a == null ? null : Money.parse(a))).toList();
    }

    @Test
    void whenThePartsMissByExactlyTheTolerance_thenTheyAgree() {
        assertThat(Sums.compare(Money.parse("200.09"), parts("184.56", "15.52"), true)).isEmpty();
        assertThat(Sums.compare(Money.parse("69.21"), parts("5.15", "54.82", "2.66", "6.59"), true)).isEmpty();
    }

    @Test
    void whenThePartsMissByAFenMoreThanTheTolerance_thenTheyDisagree() {
        assertThat(Sums.compare(Money.parse("200.10"), parts("184.56", "15.52"), true))
                .hasValueSatisfying(m -> assertThat(m.tolerance()).isEqualByComparingTo("0.010"));
        assertThat(Sums.compare(Money.parse("69.19"), parts("5.15", "54.82", "2.66", "6.59"), true)).isPresent();
    }

    @Test
    void whenAPartIsZero_thenItAddsNoTolerance() {
        assertThat(Sums.compare(Money.parse("10.01"), parts("10", "0", "0", "0"), true))
                .hasValueSatisfying(m -> assertThat(m.tolerance()).isEqualByComparingTo("0.005"));
    }

    @Test
    void whenAPartIsUnknown_thenOnlyPartsAboveTheTotalAreAnError() {
        assertThat(Sums.compare(Money.parse("3464.19"), parts("3448.42", null, "4.29"), true)).isEmpty();
        assertThat(Sums.compare(Money.parse("2544.94"), parts("2544.94", null, "0.05"), true)).isPresent();
    }

    @Test
    void whenTheListIsMarkedIncomplete_thenPartsBelowTheTotalAreFine() {
        assertThat(Sums.compare(Money.parse("100"), parts("30", "40"), false)).isEmpty();
        assertThat(Sums.compare(Money.parse("100"), parts("30", "40"), true)).isPresent();
        assertThat(Sums.compare(Money.parse("10"), parts("10.05", "33.59"), false)).isPresent();
    }

    @Test
    void whenTheTotalOrEveryPartIsUnknown_thenNothingIsCompared() {
        assertThat(Sums.compare(null, parts("1", "2"), true)).isEmpty();
        assertThat(Sums.compare(Money.parse("3"), parts(null, null), true)).isEmpty();
    }

    @Test
    void whenAmountsCarrySixDecimals_thenTheComparisonIsExact() {
        assertThat(Sums.compare(Money.parse("32.25"), parts("1.6", "3", "23.99", "3.664"), true)).isEmpty();
        assertThat(Sums.compare(Money.parse("0.000003"), parts("0.000001", "0.000001", "0.000001"), true)).isEmpty();
        assertThat(Sums.agree(Money.parse("100.005"), Money.parse("100"), 1)).isTrue();
        assertThat(Sums.agree(Money.parse("100.005001"), Money.parse("100"), 1)).isFalse();
    }
}
