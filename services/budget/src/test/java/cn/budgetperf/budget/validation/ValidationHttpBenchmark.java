package cn.budgetperf.budget.validation;

import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.kit.testing.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code POST /api/budget/validate} of the benchmark document (100 projects, 200 classification lines)
 * against the running service — JWT check, JSON in, every rule, JSON out — timed from a client on the
 * same machine. A load generator, not a test: failsafe runs it only when named
 * ({@code -Dit.test=ValidationHttpBenchmark}, docs/benchmarks.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class ValidationHttpBenchmark {

    private static final int WARM_UP = Integer.getInteger("bench.warmup", 3000);
    private static final int MEASURED = Integer.getInteger("bench.requests", 5000);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void validateTheLargeDocumentRepeatedly() throws Exception {
        ValidationBenchmark document = ValidationBenchmark.prepared();
        for (String code : document.codes()) {
            jdbc.update("insert into classification_code (code, name, added_by) values (?, ?, 'bench') on conflict do nothing",
                    code, "基准科目" + code);
        }
        String token = TestJwts.department("bench", "130609002", "130609");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/budget/validate"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(document.body())).build();
        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200 || !"[]".equals(first.body())) {
            throw new IllegalStateException("the document should validate without findings: " + first.statusCode() + " " + first.body());
        }
        for (int i = 0; i < WARM_UP; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        long[] nanos = new long[MEASURED];
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            long t = System.nanoTime();
            http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - t;
        }
        long wall = System.nanoTime() - start;
        Arrays.sort(nanos);
        System.out.printf("%nPOST /api/budget/validate, %d bytes, %d requests after %d warm-up, one client:%n",
                document.body().length, MEASURED, WARM_UP);
        System.out.printf("p50 %s ms  p90 %s ms  p95 %s ms  p99 %s ms  p99.9 %s ms  max %s ms  (%s requests/s)%n",
                ms(nanos, 500), ms(nanos, 900), ms(nanos, 950), ms(nanos, 990), ms(nanos, 999), ms(nanos, 1000),
                java.math.BigDecimal.valueOf(MEASURED * 1_000_000_000L).divide(java.math.BigDecimal.valueOf(wall), 1,
                        java.math.RoundingMode.HALF_UP));
    }

    /** The {@code perMille}-th quantile (nearest rank), in milliseconds. */
    private static String ms(long[] sorted, int perMille) {
        long v = sorted[Math.max(0, Math.min(sorted.length - 1, (perMille * sorted.length + 999) / 1000 - 1))];
        return java.math.BigDecimal.valueOf(v).movePointLeft(6).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
