package cn.budgetperf.gateway;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/**
 * The answers the gateway gives itself, as problem details whose {@code detail} a clerk can read.
 * The texts are constants of ours, never request data, so no escaping is needed beyond quotes.
 */
public final class Problems {

    public static final String UNAUTHENTICATED = "请先登录，或提供有效的访问令牌。";
    public static final String FORBIDDEN = "您没有权限执行此操作。";
    public static final String CROSS_SITE = "拒绝来自其他站点的修改请求。";
    public static final String UNAVAILABLE = "服务暂时不可用，请稍后重试。";
    public static final String TOO_MANY_REQUESTS = "请求过于频繁，请稍后重试。";

    /** {@code application/problem+json;charset=UTF-8}. */
    public static final MediaType CONTENT_TYPE = new MediaType(MediaType.APPLICATION_PROBLEM_JSON, StandardCharsets.UTF_8);

    private Problems() {
    }

    /** The JSON body of a problem. */
    public static String json(HttpStatus status, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + quoted(status.getReasonPhrase())
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + quoted(detail) + "\"}";
    }

    /** Writes a problem as the whole response, unless the response is already committed. */
    public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String detail) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(CONTENT_TYPE);
        DataBuffer body = response.bufferFactory().wrap(json(status, detail).getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }

    /**
     * Writes a small Chinese HTML page as the whole response (for the portal's browser forms), with a
     * link back; title, text and link are constants of ours, never request data.
     */
    public static Mono<Void> page(ServerHttpResponse response, HttpStatus status, String title, String text, String back) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + title
                + " — 预算绩效管理门户</title></head><body><main><h1>" + title + "</h1><p>" + text
                + "</p><p><a href=\"" + back + "\">返回上一步</a></p></main></body></html>";
        return response.writeWith(Mono.just(response.bufferFactory().wrap(html.getBytes(StandardCharsets.UTF_8))));
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
