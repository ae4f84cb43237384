package cn.budgetperf.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stand-in for a downstream service: answers 200 {@code stub <method> <path>} (or 503 when told to),
 * counts requests and remembers the last one's headers. Our own services are exercised in the platform's end-to-end tests.
 */
final class StubBackend implements AutoCloseable, BeforeEachCallback, AfterAllCallback {

    private final HttpServer server;
    private final AtomicReference<Headers> lastHeaders = new AtomicReference<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger failuresToGo = new AtomicInteger();
    private final Map<String, String> extraHeaders = new ConcurrentHashMap<>();
    private final AtomicInteger paddedTo = new AtomicInteger();

    private StubBackend(HttpServer server) {
        this.server = server;
    }

    static StubBackend start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            StubBackend stub = new StubBackend(server);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                stub.lastHeaders.set(exchange.getRequestHeaders());
                stub.calls.incrementAndGet();
                if (stub.failuresToGo.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                String text = "stub " + exchange.getRequestMethod() + " " + exchange.getRequestURI();
                byte[] body = (text + " ".repeat(Math.max(0, stub.paddedTo.get() - text.length())))
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain;charset=UTF-8");
                stub.extraHeaders.forEach(exchange.getResponseHeaders()::set);
                // A padded body goes out chunked, as the publication service sends its pages.
                exchange.sendResponseHeaders(200, stub.paddedTo.get() > 0 ? 0 : body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A URL where nothing listens: the port was free a moment ago. */
    static String nowhere() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String lastHeader(String name) {
        Headers headers = lastHeaders.get();
        return headers == null ? null : headers.getFirst(name);
    }

    /** Answers the next {@code n} requests with 503. */
    void failNext(int n) {
        failuresToGo.set(n);
    }

    int calls() {
        return calls.get();
    }

    /** Adds these headers to every 200 answer from now on (until {@link #forget()}). */
    void answerWith(Map<String, String> headers) {
        extraHeaders.putAll(headers);
    }

    /** Pads every 200 answer's body with spaces to {@code bytes} from now on (until {@link #forget()}). */
    void answerWithBodyOf(int bytes) {
        paddedTo.set(bytes);
    }

    void forget() {
        lastHeaders.set(null);
        calls.set(0);
        failuresToGo.set(0);
        extraHeaders.clear();
        paddedTo.set(0);
    }

    /** Registered with {@code @RegisterExtension}: every test starts with a stub that remembers nothing. */
    @Override
    public void beforeEach(ExtensionContext context) {
        forget();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
