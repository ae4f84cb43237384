package cn.budgetperf.gateway.resilience;

import cn.budgetperf.gateway.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** {@code forward:/fallback}, for any method: 503 "服务暂时不可用，请稍后重试。". */
@Configuration(proxyBeanMethods = false)
class Fallback {

    static final String PATH = "/fallback";

    @Bean
    RouterFunction<ServerResponse> fallbackRoute() {
        return RouterFunctions.route()
                .route(request -> request.path().equals(PATH), request -> ServerResponse
                        .status(HttpStatus.SERVICE_UNAVAILABLE)
                        .contentType(Problems.CONTENT_TYPE)
                        .header("Retry-After", "5")
                        .bodyValue(Problems.json(HttpStatus.SERVICE_UNAVAILABLE, Problems.UNAVAILABLE)))
                .build();
    }
}
