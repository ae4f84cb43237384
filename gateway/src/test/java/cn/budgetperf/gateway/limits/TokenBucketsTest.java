package cn.budgetperf.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(42 * SECOND);

    @Test
    void whenABurstIsSpent_thenTheNextRequestIsRefusedUntilTokensRefill() {
        TokenBuckets buckets = new TokenBuckets(2, 3, 100, now::get);

        assertThat(buckets.tryTake("10.0.0.1")).isTrue();
        assertThat(buckets.tryTake("10.0.0.1")).isTrue();
        assertThat(buckets.tryTake("10.0.0.1")).isTrue();
        assertThat(buckets.tryTake("10.0.0.1")).isFalse();

        now.addAndGet(SECOND / 2);
        assertThat(buckets.tryTake("10.0.0.1")).isTrue();
        assertThat(buckets.tryTake("10.0.0.1")).isFalse();
    }

    @Test
    void whenOneAddressIsRefused_thenAnotherAddressStillHasItsWholeBurst() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 100, now::get);

        assertThat(buckets.tryTake("10.0.0.1")).isTrue();
        assertThat(buckets.tryTake("10.0.0.1")).isFalse();
        assertThat(buckets.tryTake("10.0.0.2")).isTrue();
    }

    @Test
    void whenIdleForLong_thenABucketHoldsNoMoreThanTheBurst() {
        TokenBuckets buckets = new TokenBuckets(10, 2, 100, now::get);
        buckets.tryTake("10.0.0.1");

        now.addAndGet(3600 * SECOND);

        assertThat(buckets.tryTake("10.0.0.1")).isTrue();
        assertThat(buckets.tryTake("10.0.0.1")).isTrue();
        assertThat(buckets.tryTake("10.0.0.1")).isFalse();
    }

    @Test
    void whenMoreAddressesThanTrackedAreSeen_thenRefilledBucketsAreForgotten() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 3, now::get);
        for (int i = 0; i < 4; i++) {
            buckets.tryTake("10.0.0." + i);
        }
        now.addAndGet(2 * SECOND);

        buckets.tryTake("10.0.1.1");

        assertThat(buckets.size()).isEqualTo(1);
    }

    @Test
    void whenTheRateIsNotPositive_thenTheLimitIsRejectedAtStartUp() {
        assertThatThrownBy(() -> new TokenBuckets(0, 10, 100, now::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
