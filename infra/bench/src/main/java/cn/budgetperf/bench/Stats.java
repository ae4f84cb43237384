package cn.budgetperf.bench;

import java.util.Arrays;

/**
 * Summary of a set of durations in nanoseconds. Percentiles use the nearest-rank definition: the
 * p-th percentile of n sorted values is the value at rank {@code ceil(p/100 × n)} (1-based), so it
 * is always a measured value and p100 is the maximum. An empty set has count 0 and no values.
 */
public final class Stats {

    private final long[] sorted;

    private Stats(long[] sorted) {
        this.sorted = sorted;
    }

    public static Stats of(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Stats(copy);
    }

    public int count() {
        return sorted.length;
    }

    public boolean isEmpty() {
        return sorted.length == 0;
    }

    /** Nearest-rank percentile, {@code 0 < p ≤ 100}. */
    public long percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        requireValues();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public long min() {
        requireValues();
        return sorted[0];
    }

    public long max() {
        requireValues();
        return sorted[sorted.length - 1];
    }

    /** Arithmetic mean, exact in long arithmetic for any realistic number of durations. */
    public double mean() {
        requireValues();
        long sum = 0;
        for (long v : sorted) {
            sum = Math.addExact(sum, v);
        }
        return (double) sum / sorted.length;
    }

    private void requireValues() {
        if (sorted.length == 0) {
            throw new IllegalStateException("no values");
        }
    }

    /** Nanoseconds as milliseconds with one decimal, e.g. {@code 12.3}. */
    public static String ms(double nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }

    /** Nanoseconds as milliseconds rounded to 0.1 ms, for JSON. */
    public static double msValue(double nanos) {
        return Math.round(nanos / 1e5) / 10.0;
    }
}
