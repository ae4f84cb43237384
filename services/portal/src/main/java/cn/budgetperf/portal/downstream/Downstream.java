package cn.budgetperf.portal.downstream;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to the platform's services with the caller's token. Answers are plain maps and
 * lists (the portal only shows them); a 4xx becomes {@link DownstreamRefusal} with the service's
 * Chinese {@code detail}, a 5xx or an unreachable service {@link DownstreamUnavailable}.
 */
@Component
public class Downstream {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<byte[]> BYTES = new ParameterizedTypeReference<>() {
    };
    /** Reads numbers with a fraction as {@link BigDecimal}, exactly as the service wrote them, never through a binary floating-point type. */
    private static final JsonMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static final TypeReference<Map<String, Object>> OBJECT_TYPE = new TypeReference<>() {
    };

    private final RestClient budget;
    private final RestClient indicator;
    private final RestClient scoring;
    private final RestClient publication;

    Downstream(@Value("${budgetperf.downstream.budget-url}") String budgetUrl,
               @Value("${budgetperf.downstream.indicator-url}") String indicatorUrl,
               @Value("${budgetperf.downstream.scoring-url}") String scoringUrl,
               @Value("${budgetperf.downstream.publication-url}") String publicationUrl) {
        this.budget = RestClient.create(budgetUrl);
        this.indicator = RestClient.create(indicatorUrl);
        this.scoring = RestClient.create(scoringUrl);
        this.publication = RestClient.create(publicationUrl);
    }

    public Map<String, Object> budgetGet(Jwt jwt, String path) {
        return call("预算填报服务", service -> budget.get().uri(path).headers(h -> h.setBearerAuth(jwt.getTokenValue()))
                .exchange((req, res) -> answer(service, res, OBJECT)));
    }

    public List<Map<String, Object>> budgetList(Jwt jwt, String path) {
        return call("预算填报服务", service -> budget.get().uri(path).headers(h -> h.setBearerAuth(jwt.getTokenValue()))
                .exchange((req, res) -> answer(service, res, LIST)));
    }

    public Map<String, Object> budgetPost(Jwt jwt, String path, Object body) {
        return post(budget, "预算填报服务", jwt, path, body);
    }

    /** A file from the budget service (a workbook, a report) with the type and file name it gave. */
    public Download budgetDownload(Jwt jwt, String path) {
        return call("预算填报服务", service -> budget.get().uri(path).headers(h -> h.setBearerAuth(jwt.getTokenValue()))
                .exchange((req, res) -> {
                    byte[] body = answer(service, res, BYTES);
                    return new Download(body == null ? new byte[0] : body, res.getHeaders().getContentType(),
                            res.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
                }));
    }

    /**
     * Sends a file as the request body ({@code POST} or {@code PUT}) and answers the service's JSON; the
     * path is a URI template whose {@code {variables}} are encoded here (e.g. a file name in the query).
     */
    public Map<String, Object> budgetSend(Jwt jwt, HttpMethod method, String path, MediaType type, byte[] body, Object... variables) {
        return call("预算填报服务", service -> budget.method(method).uri(path, variables).headers(h -> h.setBearerAuth(jwt.getTokenValue()))
                .contentType(type).body(body).exchange((req, res) -> answer(service, res, OBJECT)));
    }

    public List<Map<String, Object>> scoringList(Jwt jwt, String path) {
        return call("绩效评分服务", service -> scoring.get().uri(path).headers(h -> h.setBearerAuth(jwt.getTokenValue()))
                .exchange((req, res) -> answer(service, res, LIST)));
    }

    public Map<String, Object> scoringGet(Jwt jwt, String path) {
        return call("绩效评分服务", service -> scoring.get().uri(path).headers(h -> h.setBearerAuth(jwt.getTokenValue()))
                .exchange((req, res) -> answer(service, res, OBJECT)));
    }

    public Map<String, Object> scoringPost(Jwt jwt, String path, Object body) {
        return post(scoring, "绩效评分服务", jwt, path, body);
    }

    public Map<String, Object> indicatorGet(Jwt jwt, String path) {
        return call("绩效指标服务", service -> indicator.get().uri(path).headers(h -> h.setBearerAuth(jwt.getTokenValue()))
                .exchange((req, res) -> answer(service, res, OBJECT)));
    }

    /**
     * Like {@link #indicatorGet}, but every number with a fraction is a {@link BigDecimal} exactly as
     * written (for a form that writes the values back: 0.1 stays 0.1, never a binary floating-point rendering).
     */
    public Map<String, Object> indicatorGetExact(Jwt jwt, String path) {
        byte[] body = call("绩效指标服务", service -> indicator.get().uri(path).headers(h -> h.setBearerAuth(jwt.getTokenValue()))
                .exchange((req, res) -> answer(service, res, BYTES)));
        return body == null || body.length == 0 ? Map.of() : EXACT.readValue(body, OBJECT_TYPE);
    }

    public List<Map<String, Object>> indicatorList(Jwt jwt, String path) {
        return call("绩效指标服务", service -> indicator.get().uri(path).headers(h -> h.setBearerAuth(jwt.getTokenValue()))
                .exchange((req, res) -> answer(service, res, LIST)));
    }

    public Map<String, Object> indicatorPost(Jwt jwt, String path, Object body) {
        return post(indicator, "绩效指标服务", jwt, path, body);
    }

    public Map<String, Object> publicationPost(Jwt jwt, String path, Object body) {
        return post(publication, "信息公开服务", jwt, path, body);
    }

    private Map<String, Object> post(RestClient client, String service, Jwt jwt, String path, Object body) {
        return call(service, s -> {
            RestClient.RequestBodySpec spec = client.post().uri(path).headers(h -> h.setBearerAuth(jwt.getTokenValue()))
                    .contentType(MediaType.APPLICATION_JSON);
            if (body != null) {
                spec.body(body);
            }
            return spec.exchange((req, res) -> answer(service, res, OBJECT));
        });
    }

    private static <T> T call(String service, Function<String, T> request) {
        try {
            return request.apply(service);
        } catch (RestClientException e) {
            throw new DownstreamUnavailable(service);
        }
    }

    private static <T> T answer(String service, RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response,
                                ParameterizedTypeReference<T> type) throws IOException {
        int status = response.getStatusCode().value();
        if (status >= 500) {
            throw new DownstreamUnavailable(service);
        }
        if (status >= 400) {
            Map<String, Object> problem = problemOf(response);
            throw new DownstreamRefusal(status, detailOf(problem), errorsOf(problem));
        }
        return response.bodyTo(type);
    }

    private static Map<String, Object> problemOf(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) {
        try {
            return response.bodyTo(OBJECT);
        } catch (RestClientException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errorsOf(Map<String, Object> body) {
        if (body != null && body.get("errors") instanceof List<?> errors) {
            return errors.stream().filter(Map.class::isInstance).map(e -> (Map<String, Object>) e).toList();
        }
        return List.of();
    }

    private static String detailOf(Map<String, Object> body) {
        if (body != null && body.get("detail") instanceof String detail && !detail.isBlank()) {
            return detail;
        }
        return "请求未被接受，请检查填写的内容。";
    }
}
