package cn.budgetperf.portal.workspace;

import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestKafka;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A tiny stand-in for the budget, scoring and publication services: canned answers per method and path, requests recorded. */
public final class StubBudget {

    record Answer(int status, String contentType, byte[] body, String disposition) {
    }

    /** A request as the stub saw it; {@code bytes} is the raw body, {@code body} the same as UTF-8 text. */
    public record Received(String method, String path, String query, String authorization, String contentType, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    public final List<Received> received = new CopyOnWriteArrayList<>();

    public StubBudget() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            Answer answer = answers.getOrDefault(key, json(404, "{\"detail\":\"未找到\"}"));
            byte[] bytes = answer.body();
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            if (answer.disposition() != null) {
                exchange.getResponseHeaders().add("Content-Disposition", answer.disposition());
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The portal under test on real PostgreSQL and Kafka, with this stub as its budget, scoring and
     * publication services (the indicator service stays unreachable unless {@link #registerWithIndicator}).
     */
    public void register(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
        registry.add("budgetperf.downstream.budget-url", this::url);
        registry.add("budgetperf.downstream.scoring-url", this::url);
        registry.add("budgetperf.downstream.publication-url", this::url);
    }

    /** As {@link #register}, with this stub as the indicator service too. */
    public void registerWithIndicator(DynamicPropertyRegistry registry) {
        register(registry);
        registry.add("budgetperf.downstream.indicator-url", this::url);
    }

    public void answer(String methodAndPath, int status, String json) {
        answers.put(methodAndPath, json(status, json));
    }

    /** Answers a file, e.g. a workbook, with its type and {@code Content-Disposition}. */
    public void answerFile(String methodAndPath, String contentType, byte[] body, String disposition) {
        answers.put(methodAndPath, new Answer(200, contentType, body, disposition));
    }

    private static Answer json(int status, String json) {
        return new Answer(status, status >= 400 ? "application/problem+json" : "application/json",
                json.getBytes(StandardCharsets.UTF_8), null);
    }

    public void reset() {
        answers.clear();
        received.clear();
    }
}
