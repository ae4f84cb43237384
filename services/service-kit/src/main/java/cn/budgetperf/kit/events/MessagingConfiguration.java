package cn.budgetperf.kit.events;

import cn.budgetperf.kit.inbox.ProcessedEvents;
import cn.budgetperf.kit.outbox.Outbox;
import cn.budgetperf.kit.outbox.OutboxRelay;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbox, relay, processed-event memory and the consumers' error handling: a record that still fails
 * after three retries goes to {@code <topic>.DLT}, where the admin sees it, and consumption goes on.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration"})
public class MessagingConfiguration {

    /** The suffix of a topic's dead-letter topic. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    @Bean
    EventCodec eventCodec(JsonMapper json) {
        return new EventCodec(json);
    }

    @Bean
    OutboxRelay outboxRelay(JdbcTemplate jdbc, KafkaTemplate<String, String> kafka, PlatformTransactionManager txManager,
                            @Value("${budgetperf.outbox.poll-interval-ms:250}") long pollMillis) {
        return new OutboxRelay(jdbc, kafka, new TransactionTemplate(txManager), Duration.ofMillis(pollMillis));
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, EventCodec codec, OutboxRelay relay) {
        return new Outbox(jdbc, codec, relay);
    }

    @Bean
    ProcessedEvents processedEvents(JdbcTemplate jdbc) {
        return new ProcessedEvents(jdbc);
    }

    /**
     * The topics this service produces ({@code budgetperf.kafka.topics}), created at start-up if
     * missing: partitioned so that department-years spread while each keeps its order.
     */
    @Bean
    KafkaAdmin.NewTopics producedTopics(@Value("${budgetperf.kafka.topics:}") List<String> names,
                                        @Value("${budgetperf.kafka.partitions:3}") int partitions,
                                        @Value("${budgetperf.kafka.replicas:1}") short replicas) {
        return new KafkaAdmin.NewTopics(names.stream().filter(n -> !n.isBlank())
                .map(n -> TopicBuilder.name(n).partitions(partitions).replicas(replicas).build())
                .toArray(NewTopic[]::new));
    }

    /**
     * Dead letters go to {@code <topic>.DLT} as DESIGN §2.1 names it (Spring Kafka 4's own default would be
     * {@code <topic>-dlt}), partitioned by their key like the original, whatever the DLT's partition count.
     */
    @Bean
    CommonErrorHandler deadLetterAfterRetries(KafkaOperations<String, String> kafka) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, -1));
        return new DefaultErrorHandler(recoverer, new FixedBackOff(500L, 3L));
    }
}
