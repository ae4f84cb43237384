package cn.budgetperf.portal.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void whenAnInstantIsShown_thenItIsBeijingTimeToTheMinute() {
        assertThat(Times.beijing("2026-11-24T09:23:42.601549Z")).isEqualTo("2026-11-24 17:23");
    }

    @Test
    void whenThereIsNoInstantOrItIsNotOne_thenADashOrTheTextItself() {
        assertThat(Times.beijing(null)).isEqualTo("—");
        assertThat(Times.beijing("昨天")).isEqualTo("昨天");
    }
}
