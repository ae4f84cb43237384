package cn.budgetperf.gateway.limits;

import cn.budgetperf.gateway.Problems;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Route filter {@code ClientIpRateLimit=<per-second>, <burst>}: a token bucket per client address,
 * 429 with a Chinese problem when it is empty. The address is the connection's, or the one
 * {@code server.forward-headers-strategy=framework} takes from a trusted proxy's headers.
 */
@Component
class ClientIpRateLimitGatewayFilterFactory
        extends AbstractGatewayFilterFactory<ClientIpRateLimitGatewayFilterFactory.Config> {

    static final int MAX_TRACKED_CLIENTS = 100_000;

    /** Before every other filter of the route, the public page cache among them: a cached answer is counted too. */
    static final int ORDER = NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 10;

    ClientIpRateLimitGatewayFilterFactory() {
        super(Config.class);
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("perSecond", "burst");
    }

    @Override
    public GatewayFilter apply(Config config) {
        TokenBuckets buckets = new TokenBuckets(config.getPerSecond(), config.getBurst(), MAX_TRACKED_CLIENTS,
                System::nanoTime);
        return new OrderedGatewayFilter((exchange, chain) -> {
            String client = Optional.ofNullable(exchange.getRequest().getRemoteAddress())
                    .map(InetSocketAddress::getAddress)
                    .map(address -> address.getHostAddress())
                    .orElse("unknown");
            if (buckets.tryTake(client)) {
                return chain.filter(exchange);
            }
            exchange.getResponse().getHeaders().set("Retry-After", "1");
            return Problems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_REQUESTS);
        }, ORDER);
    }

    /** Bound from the route's arguments; a mutable bean because the gateway binds it so. */
    static class Config {
        private double perSecond = 50;
        private int burst = 100;

        public double getPerSecond() {
            return perSecond;
        }

        public void setPerSecond(double perSecond) {
            this.perSecond = perSecond;
        }

        public int getBurst() {
            return burst;
        }

        public void setBurst(int burst) {
            this.burst = burst;
        }
    }
}
