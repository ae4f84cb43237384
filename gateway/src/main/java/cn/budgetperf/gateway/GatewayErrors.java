package cn.budgetperf.gateway;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Errors the gateway raises itself, as Chinese problem details instead of Boot's default JSON.
 * A failure to reach something (a service without a breaker, or Keycloak's keys while checking a
 * token) is a 503 that says to retry later, not a 500.
 */
@Component
@Order(-2)
class GatewayErrors implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        HttpStatus status = statusOf(error);
        if (status.is5xxServerError()) {
            log.warn("{} {} failed with {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    status.value(), error);
        }
        return Problems.write(exchange.getResponse(), status, detail(status, error));
    }

    static HttpStatus statusOf(Throwable error) {
        if (error instanceof ResponseStatusException e) {
            HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
            return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return HttpStatus.SERVICE_UNAVAILABLE;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String detail(HttpStatus status, Throwable error) {
        return switch (status) {
            case CONTENT_TOO_LARGE -> error instanceof ResponseStatusException e && e.getReason() != null
                    ? e.getReason() : "提交的内容过大，请减小后重试。";
            case NOT_FOUND -> "找不到请求的资源。";
            case METHOD_NOT_ALLOWED -> "不支持该请求方法。";
            case SERVICE_UNAVAILABLE, BAD_GATEWAY -> Problems.UNAVAILABLE;
            case GATEWAY_TIMEOUT -> "服务响应超时，请稍后重试。";
            default -> status.is4xxClientError() ? "请求无法处理：" + status.getReasonPhrase()
                    : "系统内部错误，请稍后重试；如果问题持续，请联系管理员。";
        };
    }
}
