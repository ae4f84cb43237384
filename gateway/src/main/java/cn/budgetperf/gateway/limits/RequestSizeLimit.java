package cn.budgetperf.gateway.limits;

import cn.budgetperf.gateway.Problems;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body larger than {@code budgetperf.gateway.max-body} (20 MB unless configured)
 * for every route: at once with 413 when {@code Content-Length} says so, and by cutting the stream
 * when a chunked body grows past the limit. Runs before security, so a huge body costs nothing. A
 * browser posting a form to the portal gets a Chinese HTML page instead of the problem details.
 */
@Component
class RequestSizeLimit implements WebFilter, Ordered {

    private final long maxBytes;

    RequestSizeLimit(@Value("${budgetperf.gateway.max-body:20MB}") DataSize maxBody) {
        this.maxBytes = maxBody.toBytes();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            if (exchange.getRequest().getPath().value().startsWith("/portal/")) {
                return Problems.page(exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE, "文件过大", tooLarge()
                        + "未保存任何内容。", "/portal/workspace");
            }
            return Problems.write(exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE, tooLarge());
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(counting(exchange.getRequest())).build());
    }

    private ServerHttpRequest counting(ServerHttpRequest request) {
        AtomicLong seen = new AtomicLong();
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge()));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
    }

    private String tooLarge() {
        DataSize max = DataSize.ofBytes(maxBytes);
        String shown = max.toMegabytes() >= 1 ? max.toMegabytes() + " MB" : max.toKilobytes() + " KB";
        return "提交的内容超过" + shown + "的上限，请减小后重试。";
    }
}
