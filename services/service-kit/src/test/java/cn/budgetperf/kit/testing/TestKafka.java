package cn.budgetperf.kit.testing;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for integration tests, one per test JVM: Testcontainers where a Docker engine
 * answers, otherwise Spring Kafka's embedded KRaft broker (the real broker code, in-process). Tests
 * share it, so each test uses department codes of its own.
 */
public final class TestKafka {

    private static volatile String bootstrapServers;

    private TestKafka() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
    }

    public static String bootstrapServers() {
        if (bootstrapServers == null) {
            synchronized (TestKafka.class) {
                if (bootstrapServers == null) {
                    bootstrapServers = DockerClientFactory.instance().isDockerAvailable() ? container() : embedded();
                }
            }
        }
        return bootstrapServers;
    }

    @SuppressWarnings("resource")
    private static String container() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        kafka.start();
        return kafka.getBootstrapServers();
    }

    private static String embedded() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        return broker.getBrokersAsString();
    }
}
