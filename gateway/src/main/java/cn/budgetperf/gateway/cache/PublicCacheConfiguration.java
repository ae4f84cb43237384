package cn.budgetperf.gateway.cache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** One cache per gateway process; {@code max-size: 0} switches it off (every request goes to the service). */
@Configuration(proxyBeanMethods = false)
class PublicCacheConfiguration {

    @Bean
    PublicPageCache publicPageCache(@Value("${budgetperf.gateway.public-cache.max-size:32MB}") DataSize maxSize,
                                    @Value("${budgetperf.gateway.public-cache.max-entry-size:2MB}") DataSize maxEntry) {
        return new PublicPageCache(maxSize.toBytes(), maxEntry.toBytes());
    }
}
