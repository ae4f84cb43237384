package cn.budgetperf.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreshnessTest {

    private static final Duration CAP = Duration.ofMinutes(10);

    @Test
    void whenTheServiceSaysPublicWithAMaxAge_thenThePageIsKeptThatLong() {
        assertThat(Freshness.storable(List.of("max-age=60, public"), CAP)).contains(Duration.ofSeconds(60));
        assertThat(Freshness.storable(List.of("public", "max-age=\"30\""), CAP)).contains(Duration.ofSeconds(30));
    }

    @Test
    void whenASharedMaxAgeIsGiven_thenItWinsOverMaxAge() {
        assertThat(Freshness.storable(List.of("public, max-age=600, s-maxage=5"), CAP)).contains(Duration.ofSeconds(5));
    }

    @Test
    void whenTheLifetimeIsLongerThanTheCap_thenTheCapIsKept() {
        assertThat(Freshness.storable(List.of("max-age=31536000, public, immutable"), CAP)).contains(CAP);
    }

    @Test
    void whenAnythingForbidsOrDoubtsSharing_thenNothingIsKept() {
        assertThat(Freshness.storable(List.of(), CAP)).isEmpty();
        assertThat(Freshness.storable(List.of("max-age=60"), CAP)).isEmpty();
        assertThat(Freshness.storable(List.of("public"), CAP)).isEmpty();
        assertThat(Freshness.storable(List.of("public, max-age=0"), CAP)).isEmpty();
        assertThat(Freshness.storable(List.of("no-cache, no-store, max-age=0, must-revalidate"), CAP)).isEmpty();
        assertThat(Freshness.storable(List.of("public, max-age=60", "private"), CAP)).isEmpty();
        assertThat(Freshness.storable(List.of("public, max-age=60, no-cache=\"Set-Cookie\""), CAP)).isEmpty();
        assertThat(Freshness.storable(List.of("public, max-age=-5"), CAP)).isEmpty();
        assertThat(Freshness.storable(List.of("public, max-age=99999999999999999999"), CAP)).isEmpty();
    }

    @Test
    void whenTheRequestAsksForTheOrigin_thenItBypasses() {
        assertThat(Freshness.requestBypasses(List.of("no-cache"), List.of())).isTrue();
        assertThat(Freshness.requestBypasses(List.of("max-age=0"), List.of())).isTrue();
        assertThat(Freshness.requestBypasses(List.of(), List.of("no-cache"))).isTrue();
        assertThat(Freshness.requestBypasses(List.of("max-stale=10"), List.of("no-cache"))).isFalse();
        assertThat(Freshness.requestBypasses(List.of(), List.of())).isFalse();
        assertThat(Freshness.requestBypasses(List.of("max-age=3600"), List.of())).isFalse();
    }
}
