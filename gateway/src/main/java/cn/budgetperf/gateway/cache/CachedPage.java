package cn.budgetperf.gateway.cache;

import java.util.List;
import java.util.Map;

/**
 * A stored 200 answer: the service's headers (without hop-by-hop ones), its body, when it was
 * stored and until when it is fresh, both on the {@link System#nanoTime()} clock.
 */
record CachedPage(Map<String, List<String>> headers, byte[] body, long storedAt, long freshUntil) {

    boolean freshAt(long now) {
        return now - freshUntil < 0;
    }

    /** The {@code Age} header's value: whole seconds since the page was stored. */
    long ageSeconds(long now) {
        return Math.max(0, (now - storedAt) / 1_000_000_000L);
    }

    /** What the page costs in memory, roughly: the body plus the headers' text. */
    long weight() {
        long w = body.length;
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            w += h.getKey().length();
            for (String v : h.getValue()) {
                w += v.length();
            }
        }
        return w;
    }

    String header(String name) {
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
    }
}
