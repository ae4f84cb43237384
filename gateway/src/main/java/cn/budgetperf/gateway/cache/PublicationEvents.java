package cn.budgetperf.gateway.cache;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Empties the cache on every record of {@code publication.events.v1}: a report was published,
 * corrected or withdrawn somewhere (through the gateway or the portal). Each gateway process reads
 * the topic in a group of its own, from the end, and commits nothing: the cache lives in memory,
 * so only what happens from now on matters. While the broker is unreachable, a page is still kept
 * no longer than its {@code max-age}, which the service gives to every browser anyway.
 */
@Component
class PublicationEvents {

    private final PublicPageCache cache;

    PublicationEvents(PublicPageCache cache) {
        this.cache = cache;
    }

    @KafkaListener(id = "gateway-public-cache", topics = "${budgetperf.gateway.public-cache.topic:publication.events.v1}",
            groupId = "#{'gateway-public-cache-' + T(java.util.UUID).randomUUID()}",
            autoStartup = "${budgetperf.gateway.public-cache.listen:true}",
            properties = {"enable.auto.commit=false", "auto.offset.reset=latest"})
    void onPublicationEvent(ConsumerRecord<?, ?> record) {
        cache.clear();
    }
}
