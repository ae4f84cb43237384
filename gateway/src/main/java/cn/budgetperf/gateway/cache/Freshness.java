package cn.budgetperf.gateway.cache;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code Cache-Control} headers allow a shared cache: how long a response may be kept, and
 * whether a request insists on the origin. Only what the publication service sends is honoured
 * ({@code public} with {@code max-age} or {@code s-maxage}); anything doubtful is not stored.
 */
final class Freshness {

    private Freshness() {
    }

    /** How long a response with these {@code Cache-Control} values may be kept; empty: not at all. */
    static Optional<Duration> storable(List<String> cacheControl, Duration cap) {
        boolean isPublic = false;
        long maxAge = -1;
        long sharedMaxAge = -1;
        for (String header : cacheControl) {
            for (String directive : header.split(",")) {
                String d = directive.trim().toLowerCase(Locale.ROOT);
                if (d.equals("public")) {
                    isPublic = true;
                } else if (d.equals("private") || d.equals("no-store") || d.equals("no-cache")
                        || d.startsWith("private=") || d.startsWith("no-cache=")) {
                    return Optional.empty();
                } else if (d.startsWith("max-age=")) {
                    maxAge = seconds(d.substring("max-age=".length()));
                } else if (d.startsWith("s-maxage=")) {
                    sharedMaxAge = seconds(d.substring("s-maxage=".length()));
                }
            }
        }
        long lifetime = sharedMaxAge >= 0 ? sharedMaxAge : maxAge;
        if (!isPublic || lifetime <= 0) {
            return Optional.empty();
        }
        Duration kept = Duration.ofSeconds(lifetime);
        return Optional.of(kept.compareTo(cap) < 0 ? kept : cap);
    }

    /** Whether a request asks for the origin's answer ({@code no-cache}, {@code max-age=0}, {@code Pragma: no-cache}). */
    static boolean requestBypasses(List<String> cacheControl, List<String> pragma) {
        for (String header : cacheControl) {
            for (String directive : header.split(",")) {
                String d = directive.trim().toLowerCase(Locale.ROOT);
                if (d.equals("no-cache") || d.equals("no-store") || d.equals("max-age=0")) {
                    return true;
                }
            }
        }
        return cacheControl.isEmpty() && pragma.stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).contains("no-cache"));
    }

    private static long seconds(String value) {
        String v = value.startsWith("\"") && value.endsWith("\"") && value.length() > 1
                ? value.substring(1, value.length() - 1) : value;
        if (v.isEmpty() || v.length() > 10 || !v.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(v);
    }
}
