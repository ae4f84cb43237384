package cn.budgetperf.gateway.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key: {@code burst} tokens at most, refilled at {@code perSecond}; a request
 * takes one token or is refused. Buckets idle long enough to be full again are forgotten once
 * there are more than {@code maxKeys} of them, so a crowd of addresses cannot fill the memory.
 */
final class TokenBuckets {

    private final double perSecond;
    private final double burst;
    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(double perSecond, int burst, int maxKeys, LongSupplier nanoClock) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate and burst must be positive: " + perSecond + ", " + burst);
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
    }

    boolean tryTake(String key) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > maxKeys) {
            forgetFull(now);
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, now)).tryTake(now);
    }

    int size() {
        return buckets.size();
    }

    private void forgetFull(long now) {
        long refillNanos = (long) (burst / perSecond * 1e9);
        buckets.values().removeIf(bucket -> bucket.idleSince(now) >= refillNanos);
    }

    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized boolean tryTake(long now) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized long idleSince(long now) {
            return now - last;
        }
    }
}
