package cn.budgetperf.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body larger than {@code budgetperf.web.max-body} (1 MB unless a service says otherwise)
 * before anything reads it: 413 with a message a clerk understands. A path that takes larger bodies
 * (a document upload) gets its own limit in {@code budgetperf.web.max-body-by-path}, keyed by the
 * exact request path, e.g. {@code "[/api/budget/report-check]": 10MB}. The limit is read from
 * {@code Content-Length}; an endpoint that accepts a chunked body bounds its own reading.
 */
@AutoConfiguration
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final Map<String, Long> maxBytesByPath;

    public RequestSizeLimit(DataSize maxBody) {
        this(maxBody, Map.of());
    }

    public RequestSizeLimit(DataSize maxBody, Map<String, DataSize> maxBodyByPath) {
        this.maxBytes = maxBody.toBytes();
        this.maxBytesByPath = maxBodyByPath.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().toBytes()));
    }

    @Autowired
    RequestSizeLimit(@Value("${budgetperf.web.max-body:1MB}") DataSize maxBody, Environment environment) {
        this(maxBody, Binder.get(environment).bind("budgetperf.web.max-body-by-path",
                Bindable.mapOf(String.class, DataSize.class)).orElse(Map.of()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = maxBytesByPath.getOrDefault(path, maxBytes);
        if (request.getContentLengthLong() > limit) {
            response.setStatus(413);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getOutputStream().write(("{\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"提交的内容超过"
                    + shown(limit) + "的上限，请减小后重试。\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    /** "1024 KB" below 2 MB as before, "10 MB" above. */
    static String shown(long bytes) {
        return bytes >= 2 * 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
