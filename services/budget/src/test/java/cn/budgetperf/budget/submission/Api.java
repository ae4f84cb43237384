package cn.budgetperf.budget.submission;

import cn.budgetperf.kit.testing.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The budget API over HTTP, the topics over Kafka and the database's tables, for integration tests. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    Api(int port) {
        this.port = port;
    }

    static void clean(JdbcTemplate jdbc) {
        jdbc.update("truncate submission, submission_version, submission_audit, finding_record, submission_outcome, "
                + "outbox_event, processed_event cascade");
    }

    /** A seed fixture's document as JSON. */
    static String seed(String file) throws Exception {
        return JSON.readTree(Files.readString(Path.of("src/test/resources/seeds", file))).get("document").toString();
    }

    HttpResponse<String> post(String path, String body, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(HttpRequest.Builder request, String token) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> upload(String path, byte[] xlsx, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(xlsx)), token);
    }

    JsonNode ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("expected 200, got " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The events about one submission on budget.submissions.v1 (other tests share the topic). */
    static List<JsonNode> eventsOf(String submissionId, int atLeast) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("budget.submissions.v1"));
            long deadline = System.currentTimeMillis() + 20_000;
            boolean settled = false;
            while (!settled && System.currentTimeMillis() < deadline) {
                int before = records.size();
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (JSON.readTree(r.value()).at("/payload/submissionId").asString().equals(submissionId)) {
                        records.add(r);
                    }
                });
                settled = records.size() >= atLeast && records.size() == before;
            }
        }
        return records.stream().map(r -> JSON.readTree(r.value())).toList();
    }

    static void publish(String topic, String key, String value) throws Exception {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }
}
