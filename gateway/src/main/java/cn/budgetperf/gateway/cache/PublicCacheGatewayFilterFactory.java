package cn.budgetperf.gateway.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Route filter {@code PublicCache}: answers a GET from {@link PublicPageCache} while the stored page
 * is fresh, otherwise lets the request through and stores a 200 answer that {@link Freshness} allows
 * (no {@code Set-Cookie}, no {@code Vary}, at most the entry size). The body is copied while it
 * streams to the client, so a miss costs no extra latency. Counted in the meter
 * {@code gateway.public.cache} by {@code result} (hit, miss, bypass).
 */
@Component
class PublicCacheGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    /**
     * Before {@link NettyWriteResponseFilter}, which writes the service's body to the response of the
     * exchange it was given: it must be given the recording one. After the public rate limit.
     */
    static final int ORDER = NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;

    /** Headers that describe one connection or one exchange, not the page. */
    private static final Set<String> NOT_STORED = Set.of("transfer-encoding", "connection", "keep-alive",
            "proxy-connection", "te", "trailer", "upgrade", "content-length", "age", "set-cookie");

    private final PublicPageCache cache;
    private final Duration cap;
    private final Counter hits;
    private final Counter misses;
    private final Counter bypasses;

    PublicCacheGatewayFilterFactory(PublicPageCache cache, MeterRegistry meters,
                                    @Value("${budgetperf.gateway.public-cache.max-age:10m}") Duration cap) {
        super(Object.class);
        this.cache = cache;
        this.cap = cap;
        this.hits = meters.counter("gateway.public.cache", "result", "hit");
        this.misses = meters.counter("gateway.public.cache", "result", "miss");
        this.bypasses = meters.counter("gateway.public.cache", "result", "bypass");
    }

    @Override
    public GatewayFilter apply(Object config) {
        return new OrderedGatewayFilter(this::filter, ORDER);
    }

    private Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!cache.enabled() || request.getMethod() != HttpMethod.GET) {
            return chain.filter(exchange);
        }
        String key = key(request);
        HttpHeaders asked = request.getHeaders();
        if (Freshness.requestBypasses(asked.getOrEmpty(HttpHeaders.CACHE_CONTROL), asked.getOrEmpty(HttpHeaders.PRAGMA))) {
            bypasses.increment();
        } else {
            long now = System.nanoTime();
            CachedPage page = cache.fresh(key, now);
            if (page != null) {
                hits.increment();
                return answer(exchange, page, now);
            }
            misses.increment();
        }
        long generation = cache.generation();
        return chain.filter(exchange.mutate().response(new Recording(exchange.getResponse(), key, generation)).build());
    }

    private static String key(ServerHttpRequest request) {
        String query = request.getURI().getRawQuery();
        String path = request.getURI().getRawPath();
        return query == null ? path : path + "?" + query;
    }

    private static Mono<Void> answer(ServerWebExchange exchange, CachedPage page, long now) {
        ServerHttpResponse response = exchange.getResponse();
        HttpHeaders headers = response.getHeaders();
        page.headers().forEach(headers::put);
        headers.set(HttpHeaders.AGE, Long.toString(page.ageSeconds(now)));
        if (notModified(exchange.getRequest().getHeaders(), page)) {
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            return response.setComplete();
        }
        response.setStatusCode(HttpStatus.OK);
        headers.setContentLength(page.body().length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(page.body())));
    }

    /** RFC 9110 §13.2.2: {@code If-None-Match} decides when present, else {@code If-Modified-Since}. */
    static boolean notModified(HttpHeaders asked, CachedPage page) {
        List<String> noneMatch = asked.getOrEmpty(HttpHeaders.IF_NONE_MATCH);
        if (!noneMatch.isEmpty()) {
            String etag = page.header(HttpHeaders.ETAG);
            if (etag == null) {
                return false;
            }
            for (String header : noneMatch) {
                for (String tag : header.split(",")) {
                    String t = tag.trim();
                    if (t.equals("*") || weak(t).equals(weak(etag))) {
                        return true;
                    }
                }
            }
            return false;
        }
        String since = asked.getFirst(HttpHeaders.IF_MODIFIED_SINCE);
        String modified = page.header(HttpHeaders.LAST_MODIFIED);
        if (since == null || modified == null) {
            return false;
        }
        try {
            return !ZonedDateTime.parse(modified, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .isAfter(ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException malformed) {
            return false;
        }
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** The service's answer on its way to the client; a storable 200 is copied as it streams. */
    private final class Recording extends ServerHttpResponseDecorator {

        private final String key;
        private final long generation;

        Recording(ServerHttpResponse delegate, String key, long generation) {
            super(delegate);
            this.key = key;
            this.generation = generation;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            Optional<Duration> lifetime = lifetime();
            long declared = getHeaders().getContentLength();
            if (lifetime.isEmpty() || declared > cache.maxEntryBytes()) {
                return super.writeWith(body);
            }
            ByteArrayOutputStream copy = new ByteArrayOutputStream(declared > 0 ? (int) declared : 16 * 1024);
            boolean[] tooBig = {false};
            Flux<? extends DataBuffer> teed = Flux.from(body).doOnNext(buffer -> {
                int n = buffer.readableByteCount();
                if (tooBig[0] || copy.size() + n > cache.maxEntryBytes()) {
                    tooBig[0] = true;
                    return;
                }
                byte[] bytes = new byte[n];
                buffer.toByteBuffer(buffer.readPosition(), ByteBuffer.wrap(bytes), 0, n);
                copy.writeBytes(bytes);
            }).doOnComplete(() -> {
                if (!tooBig[0]) {
                    store(copy.toByteArray(), lifetime.get());
                }
            });
            return super.writeWith(teed);
        }

        private Optional<Duration> lifetime() {
            HttpHeaders headers = getHeaders();
            if (!HttpStatus.OK.equals(getStatusCode()) || headers.containsHeader(HttpHeaders.SET_COOKIE)
                    || headers.containsHeader(HttpHeaders.VARY)) {
                return Optional.empty();
            }
            return Freshness.storable(headers.getOrEmpty(HttpHeaders.CACHE_CONTROL), cap);
        }

        private void store(byte[] body, Duration lifetime) {
            Map<String, List<String>> kept = new LinkedHashMap<>();
            getHeaders().forEach((name, values) -> {
                if (!NOT_STORED.contains(name.toLowerCase(Locale.ROOT))) {
                    kept.put(name, List.copyOf(values));
                }
            });
            long now = System.nanoTime();
            cache.put(key, new CachedPage(Map.copyOf(kept), body, now, now + lifetime.toNanos()), generation);
        }
    }
}
