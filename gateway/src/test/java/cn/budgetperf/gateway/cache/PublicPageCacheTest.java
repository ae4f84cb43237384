package cn.budgetperf.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicPageCacheTest {

    private static CachedPage page(int bytes, long storedAt, long freshUntil) {
        return new CachedPage(Map.of(), new byte[bytes], storedAt, freshUntil);
    }

    @Test
    void whenAPageIsFresh_thenItIsFoundAndOnceStaleItIsDropped() {
        PublicPageCache cache = new PublicPageCache(1000, 100);
        assertThat(cache.put("/a", page(10, 0, 50), cache.generation())).isTrue();

        assertThat(cache.fresh("/a", 49)).isNotNull();
        assertThat(cache.fresh("/a", 50)).isNull();
        assertThat(cache.size()).isZero();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void whenTheCacheWasClearedWhileThePageWasFetched_thenThePageIsNotStored() {
        PublicPageCache cache = new PublicPageCache(1000, 100);
        long seen = cache.generation();
        cache.clear();

        assertThat(cache.put("/a", page(10, 0, 50), seen)).isFalse();
        assertThat(cache.fresh("/a", 1)).isNull();
    }

    @Test
    void whenThePagesOutweighTheLimit_thenTheLeastRecentlyUsedGoFirst() {
        PublicPageCache cache = new PublicPageCache(100, 100);
        cache.put("/a", page(40, 0, 1000), 0);
        cache.put("/b", page(40, 0, 1000), 0);
        cache.fresh("/a", 1);
        cache.put("/c", page(40, 0, 1000), 0);

        assertThat(cache.fresh("/a", 2)).isNotNull();
        assertThat(cache.fresh("/b", 2)).isNull();
        assertThat(cache.fresh("/c", 2)).isNotNull();
        assertThat(cache.bytes()).isEqualTo(80);
    }

    @Test
    void whenAPageIsHeavierThanAnEntryMayBe_thenItIsRefused() {
        PublicPageCache cache = new PublicPageCache(1000, 100);
        assertThat(cache.put("/big", new CachedPage(Map.of("ETag", List.of("\"x\"")), new byte[95], 0, 10), 0)).isFalse();
        assertThat(cache.size()).isZero();
    }

    @Test
    void whenAKeyIsStoredAgain_thenItsWeightIsCountedOnce() {
        PublicPageCache cache = new PublicPageCache(1000, 100);
        cache.put("/a", page(30, 0, 10), 0);
        cache.put("/a", page(20, 5, 15), 0);
        assertThat(cache.bytes()).isEqualTo(20);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void whenTheMaximumIsZero_thenTheCacheIsOff() {
        assertThat(new PublicPageCache(0, 100).enabled()).isFalse();
    }

    @Test
    void whenAPageIsAged_thenItsAgeIsInWholeSeconds() {
        assertThat(page(1, 1_000_000_000L, 0).ageSeconds(3_500_000_000L)).isEqualTo(2);
    }
}
