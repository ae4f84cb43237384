package cn.budgetperf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void spacesSlotsByTheRateAndHonoursNotBefore() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        Pacer pacer = new Pacer(50, now::get); // one slot per 20 ms
        assertEquals(1_000_000_000L, pacer.reserve(0));
        assertEquals(1_020_000_000L, pacer.reserve(0));
        assertEquals(1_040_000_000L, pacer.reserve(1_030_000_000L));
        assertEquals(1_100_000_000L, pacer.reserve(1_100_000_000L));
        assertEquals(1_120_000_000L, pacer.reserve(0));
    }

    @Test
    void idleTimeIsNotSavedUpForABurst() {
        AtomicLong now = new AtomicLong(0);
        Pacer pacer = new Pacer(10, now::get); // 100 ms
        pacer.reserve(0);
        now.set(5_000_000_000L);
        assertEquals(5_000_000_000L, pacer.reserve(0));
        assertEquals(5_100_000_000L, pacer.reserve(0));
    }

    @Test
    void rateZeroMeansNoSpacing() {
        AtomicLong now = new AtomicLong(42);
        Pacer pacer = new Pacer(0, now::get);
        assertEquals(42, pacer.reserve(0));
        assertEquals(42, pacer.reserve(0));
        assertEquals(99, pacer.reserve(99));
    }
}
