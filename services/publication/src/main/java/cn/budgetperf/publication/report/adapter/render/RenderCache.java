package cn.budgetperf.publication.report.adapter.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The most recently used renderings, least recently used out first. A key names everything a
 * rendering depends on (department-year, version, the newest version, format), so an entry never
 * goes stale; it only falls out when the cache is full.
 */
final class RenderCache {

    private final int capacity;
    private final Map<String, byte[]> entries;

    RenderCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true);
    }

    byte[] get(String key, Supplier<byte[]> render) {
        synchronized (entries) {
            byte[] hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        byte[] rendered = render.get();
        synchronized (entries) {
            entries.put(key, rendered);
            if (entries.size() > capacity) {
                entries.remove(entries.keySet().iterator().next());
            }
        }
        return rendered;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
