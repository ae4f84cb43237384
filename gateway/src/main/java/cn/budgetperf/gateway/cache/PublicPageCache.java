package cn.budgetperf.gateway.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pages by request path and query, least recently used first out once their weight passes
 * {@code maxBytes}. A miss takes the current {@link #generation()} before asking the service and
 * stores the answer only if nothing {@link #clear() cleared} the cache meanwhile, so an answer read
 * before a withdrawal cannot be stored after it.
 */
final class PublicPageCache {

    private final long maxBytes;
    private final long maxEntryBytes;
    private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long generation;

    PublicPageCache(long maxBytes, long maxEntryBytes) {
        this.maxBytes = maxBytes;
        this.maxEntryBytes = Math.min(maxEntryBytes, maxBytes);
    }

    boolean enabled() {
        return maxBytes > 0;
    }

    long maxEntryBytes() {
        return maxEntryBytes;
    }

    /** The page stored under {@code key} if it is still fresh at {@code now}; a stale one is dropped. */
    synchronized CachedPage fresh(String key, long now) {
        CachedPage page = pages.get(key);
        if (page == null) {
            return null;
        }
        if (!page.freshAt(now)) {
            remove(key);
            return null;
        }
        return page;
    }

    synchronized long generation() {
        return generation;
    }

    /** Stores a page unless the cache was cleared since {@code seenGeneration} or the page is too big. */
    synchronized boolean put(String key, CachedPage page, long seenGeneration) {
        long weight = page.weight();
        if (seenGeneration != generation || weight > maxEntryBytes) {
            return false;
        }
        remove(key);
        pages.put(key, page);
        bytes += weight;
        Iterator<Map.Entry<String, CachedPage>> eldest = pages.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().weight();
            eldest.remove();
        }
        return true;
    }

    synchronized void clear() {
        pages.clear();
        bytes = 0;
        generation++;
    }

    synchronized int size() {
        return pages.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    private void remove(String key) {
        CachedPage old = pages.remove(key);
        if (old != null) {
            bytes -= old.weight();
        }
    }
}
