package cn.budgetperf.bench;

import java.util.function.LongSupplier;

/**
 * Spaces requests shared by many threads at most {@code perSecond} apart: each caller reserves the
 * next free slot (no earlier than it asks for) and sleeps until then. Keeps the bench's polling of
 * the public pages under the gateway's per-address rate limit, so that the bench measures the
 * platform, not 429 answers. A rate of 0 means no limit.
 */
final class Pacer {

    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private long nextFree;

    Pacer(double perSecond, LongSupplier nanoClock) {
        if (perSecond < 0) {
            throw new IllegalArgumentException("rate must not be negative: " + perSecond);
        }
        this.intervalNanos = perSecond == 0 ? 0 : (long) Math.ceil(1e9 / perSecond);
        this.nanoClock = nanoClock;
        this.nextFree = nanoClock.getAsLong();
    }

    /** The slot (nano time) the caller may send at: the latest of now, {@code notBefore} and the next free one. */
    synchronized long reserve(long notBefore) {
        long slot = Math.max(notBefore, Math.max(nextFree, nanoClock.getAsLong()));
        nextFree = slot + intervalNanos;
        return slot;
    }

    /** Reserves a slot and sleeps until it comes; returns the slot. */
    long await(long notBefore) throws InterruptedException {
        long slot = reserve(notBefore);
        sleepUntil(slot, nanoClock);
        return slot;
    }

    static void sleepUntil(long nanoTime, LongSupplier clock) throws InterruptedException {
        long wait = nanoTime - clock.getAsLong();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
