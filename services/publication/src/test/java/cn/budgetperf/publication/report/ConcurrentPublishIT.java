package cn.budgetperf.publication.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.kit.testing.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Eight bureau publishers at once, on a real PostgreSQL: different department-years all publish, the
 * same department-year gets one new version and a Chinese 409 for every other click, and a
 * department-year the scoring service has scored before the read model saw its submission is
 * "not yet" — never a 500. The read model rows are written directly, as the listeners would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class ConcurrentPublishIT {

    private static final String BUREAU = TestJwts.bureau("bureau-yanbian", "510422");
    private static final int PUBLISHERS = 8;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private void acceptedAndScored(String department) {
        jdbc.update("""
                insert into report_view (id, department_code, fiscal_year, department_name, region_code, submission_revision,
                    submission_status, income_total, expenditure_total, budget_total, score_version, execution_rate, score_total,
                    score_max, score_converted, grade, updated_at)
                values (?, ?, 2024, '并发测试单位', '510422', 4, 'ACCEPTED', 232.34, 232.34, 316.23, 1, 73.47, 7.35, 10, 73.50, '中', ?)""",
                department + ":2024", department, Timestamp.from(Instant.now()));
    }

    /** What the score listener leaves when the score arrives before the submission: no name, no region, no status. */
    private void scoredOnly(String department) {
        jdbc.update("""
                insert into report_view (id, department_code, fiscal_year, score_version, execution_rate, score_total, score_max,
                    score_converted, grade, updated_at)
                values (?, ?, 2024, 1, 73.47, 7.35, 10, 73.50, '中', ?)""",
                department + ":2024", department, Timestamp.from(Instant.now()));
    }

    @Test
    void whenEightPublishersPublishDifferentDepartmentYearsAtOnce_thenEveryOneGetsVersionOne() throws Exception {
        List<String> departments = new ArrayList<>();
        for (int i = 0; i < PUBLISHERS; i++) {
            departments.add("51042297" + i);
            acceptedAndScored(departments.get(i));
        }

        List<HttpResponse<String>> answers = atOnce(departments.stream()
                .<Callable<HttpResponse<String>>>map(d -> () -> publish(d)).toList());

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        assertThat(jdbc.queryForObject("select count(*) from published_version where department_code like '51042297%' and version = 1",
                Integer.class)).isEqualTo(PUBLISHERS);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where message_key like '51042297%'", Integer.class))
                .isEqualTo(PUBLISHERS);
    }

    @Test
    void whenEightPublishersPublishTheSameDepartmentYearAtOnce_thenOneVersionAndAChinese409ForTheOthers() throws Exception {
        acceptedAndScored("510422980");

        List<HttpResponse<String>> answers = atOnce(java.util.Collections.nCopies(PUBLISHERS, () -> publish("510422980")));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 409);
        assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409)
                .allSatisfy(a -> assertThat(a.body()).contains("该报告已公开（第1版）"));
        assertThat(jdbc.queryForObject("select count(*) from published_version where department_code = '510422980'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where message_key = '510422980:2024'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void whenTheScoreArrivedBeforeTheSubmission_thenPublishingSaysNotYetInChineseAndNothingIsPublished() throws Exception {
        scoredOnly("510422981");

        List<HttpResponse<String>> answers = atOnce(java.util.Collections.nCopies(PUBLISHERS, () -> publish("510422981")));

        assertThat(answers).allSatisfy(a -> {
            assertThat(a.statusCode()).as(a.body()).isEqualTo(404);
            assertThat(a.body()).contains("尚无填报");
        });
        assertThat(jdbc.queryForObject("select count(*) from published_version where department_code = '510422981'", Integer.class))
                .isZero();
    }

    private List<HttpResponse<String>> atOnce(List<Callable<HttpResponse<String>>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> publish(String department) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/publication/" + department + "/2024/publish"))
                .header("Authorization", "Bearer " + BUREAU).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
