package cn.budgetperf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();
        Stats s = Stats.of(shuffled);
        assertEquals(100, s.count());
        assertEquals(1, s.min());
        assertEquals(50, s.percentile(50));
        assertEquals(95, s.percentile(95));
        assertEquals(99, s.percentile(99));
        assertEquals(100, s.percentile(100));
        assertEquals(100, s.max());
        assertEquals(50.5, s.mean(), 1e-9);
    }

    @Test
    void percentileIsAlwaysAMeasuredValue() {
        Stats s = Stats.of(new long[] {40, 10, 30, 20});
        assertEquals(20, s.percentile(50));   // rank ceil(0.5 × 4) = 2
        assertEquals(40, s.percentile(95));   // rank ceil(3.8) = 4
        assertEquals(10, s.percentile(1));    // rank ceil(0.04) = 1
        assertEquals(30, s.percentile(75));
        assertEquals(25.0, s.mean(), 1e-9);
    }

    @Test
    void oneValueIsEveryPercentile() {
        Stats s = Stats.of(new long[] {7_000_000});
        assertEquals(7_000_000, s.percentile(50));
        assertEquals(7_000_000, s.percentile(99));
        assertEquals("7.0", Stats.ms(s.max()));
    }

    @Test
    void p99OfFiveHundredIsTheFifthLargest() {
        Stats s = Stats.of(LongStream.rangeClosed(1, 500).toArray());
        assertEquals(495, s.percentile(99));
        assertEquals(475, s.percentile(95));
        assertEquals(250, s.percentile(50));
    }

    @Test
    void emptySetHasNoValuesAndBadPercentilesAreRefused() {
        Stats empty = Stats.of(new long[0]);
        assertTrue(empty.isEmpty());
        assertThrows(IllegalStateException.class, () -> empty.percentile(50));
        assertThrows(IllegalStateException.class, empty::mean);
        Stats s = Stats.of(new long[] {1});
        assertThrows(IllegalArgumentException.class, () -> s.percentile(0));
        assertThrows(IllegalArgumentException.class, () -> s.percentile(100.5));
    }

    @Test
    void inputIsNotModified() {
        long[] in = {3, 1, 2};
        Stats.of(in);
        assertEquals(3, in[0]);
    }

    @Test
    void millisecondsWithOneDecimal() {
        assertEquals("12.3", Stats.ms(12_345_678));
        assertEquals(12.3, Stats.msValue(12_345_678));
        assertEquals("0.1", Stats.ms(50_000));
    }
}
