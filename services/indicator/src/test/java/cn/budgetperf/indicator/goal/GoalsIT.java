package cn.budgetperf.indicator.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.kit.testing.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Goals in through the API, checked, versioned, stored and announced on indicator.goals.v1, on real PostgreSQL and Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "budgetperf.outbox.poll-interval-ms=50")
@Import(TestJwts.Decoder.class)
class GoalsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A 盐边 goals document; numbers as JSON numbers and as strings, both accepted. */
    private static String goals(String department, String indicators) {
        return """
                {"departmentCode":"%s","fiscalYear":2024,"departmentName":"盐边县总工会",
                 "departmentGoals":[{"function":"维护职工群众的经济效益和民主权益","activity":"困难职工帮扶","annualTarget":"做好劳模慰问与职工帮扶",
                                     "projectExpenditure":"春节送温暖、困难职工帮扶"}],
                 "projects":[{"code":"P1","name":"春节送温暖","budget":"1.6","executed":1.6,"overallTarget":"做好劳模慰问与职工帮扶",
                              "tasks":[{"name":"春节县级劳模慰问","content":"春节县级领导走访慰问"}],
                              "indicators":[%s]}],
                 "selfEvaluation":{"frameworkId":"yanbian-dept-2024","statedTotal":"94","items":[
                    {"code":"yanbian-dept-2024/overall/effectiveness/result","points":15},
                    {"code":"yanbian-dept-2024/overall/assets/revitalisation","points":"1"}]}}""".formatted(department, indicators);
    }

    private static final String GOOD = """
            {"level1":"产出指标","level2":"数量指标","name":"走访户数","comparator":"≥","target":32,"unit":"户","weight":60,"actual":"32"},
            {"level1":"效益指标","level2":"社会效益指标","name":"职工关怀","comparator":"定性","target":"优良","unit":"项","weight":"30",
             "actual":"达成年度指标"}""";

    private HttpResponse<String> post(String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/indicators/goals"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String department, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/indicators/goals?department=" + department
                        + "&year=2024")).header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private int count(String sql, String department) {
        return jdbc.queryForObject(sql, Integer.class, department);
    }

    @Test
    void whenADepartmentSavesItsGoals_thenTheyAreStoredVersionedAndAnnounced() throws Exception {
        String token = TestJwts.department("dept-yanbian-zgh", "510422901", "510422");

        HttpResponse<String> first = post(token, goals("510422901", GOOD));
        HttpResponse<String> second = post(token, goals("510422901", GOOD));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(JSON.readTree(second.body()).get("version").asInt()).isEqualTo(2);
        JsonNode self = JSON.readTree(first.body()).at("/goals/selfEvaluation");
        assertThat(self.get("items")).hasSize(24);
        assertThat(self.get("items").valueStream().filter(i -> i.get("code").asString().endsWith("finance/system")).findFirst()
                .orElseThrow().get("points").isNull()).isTrue();
        assertThat(count("select count(*) from goal_revision where department_code = ?", "510422901")).isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from outbox_event where topic = 'indicator.goals.v1' "
                + "and message_key = ? || ':2024' and published_at is not null", "510422901") == 2);
        String event = jdbc.queryForObject("select payload from outbox_event where message_key = '510422901:2024' order by id desc limit 1",
                String.class);
        JsonNode envelope = JSON.readTree(event);
        assertThat(envelope.get("type").asString()).isEqualTo("indicator.goals.accepted");
        assertThat(envelope.get("aggregateVersion").asInt()).isEqualTo(2);
        assertThat(envelope.at("/payload/projects/0/executed").asString()).isEqualTo("1.6");
    }

    @Test
    void whenGoalsAreRead_thenOnlyTheDepartmentAndItsRegionsBureauSeeThem() throws Exception {
        post(TestJwts.department("d", "510422902", "510422"), goals("510422902", GOOD));

        assertThat(get("510422902", TestJwts.department("d", "510422902", "510422")).statusCode()).isEqualTo(200);
        assertThat(get("510422902", TestJwts.bureau("bureau-yanbian", "510422")).statusCode()).isEqualTo(200);
        assertThat(get("510422902", TestJwts.bureau("bureau-xushui", "130609")).statusCode()).isEqualTo(403);
        assertThat(get("510422902", TestJwts.department("d", "510422001", "510422")).statusCode()).isEqualTo(403);
        assertThat(get("510422999", TestJwts.bureau("bureau-yanbian", "510422")).statusCode()).isEqualTo(404);
    }

    @Test
    void whenInputIsBad_thenTheExactReasonComesBackAndNothingIsStored() throws Exception {
        String token = TestJwts.department("d", "510422903", "510422");
        String[][] cases = {
                {GOOD.replace("\"≥\"", "\"≈\""), "项目“春节送温暖”的指标“走访户数”的指标性质“≈”无法识别，应为 ≥、≤、＝ 或 定性。"},
                {GOOD.replace("\"weight\":60", "\"weight\":50"), "项目“春节送温暖”的指标分值合计应为90分（另10分为预算执行率），实际为80分。"},
                {GOOD.replace("\"target\":32", "\"target\":0"), "项目“春节送温暖”的指标“走访户数”为正向指标（≥），目标值应大于0，实际为0。"},
                {GOOD.replace("\"actual\":\"32\"", "\"actual\":\"三十二\""), "项目“春节送温暖”的指标“走访户数”的实际完成值“三十二”不是有效的数字。"},
                {GOOD.replace("\"actual\":\"32\"", "\"actual\":\"45\""), "项目“春节送温暖”的指标“走访户数”的实际完成值45达到目标值32的130%及以上，应填写偏差原因。"},
                {GOOD.replace("达成年度指标", "优良"), "项目“春节送温暖”的指标“职工关怀”为定性指标，完成情况应为“达成年度指标”“部分达成年度指标并具有一定效果”"
                        + "“未达成年度指标且效果较差”之一，实际为“优良”。"}};
        for (String[] c : cases) {
            HttpResponse<String> response = post(token, goals("510422903", c[0]));

            assertThat(response.statusCode()).as(c[1]).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("detail").asString()).isEqualTo(c[1]);
        }
        HttpResponse<String> wrongFramework = post(token, goals("510422903", GOOD).replace("\"frameworkId\":\"yanbian-dept-2024\"",
                "\"frameworkId\":\"junshan-dept-2024\""));
        HttpResponse<String> malformed = post(token, "{\"departmentCode\":\"510422903\",\"fiscalYear\":\"二〇二四\"}");

        assertThat(JSON.readTree(wrongFramework.body()).get("detail").asString())
                .isEqualTo("本地区本年度的部门整体自评应使用评价框架“部门预算绩效自评打分表”（yanbian-dept-2024），"
                        + "而不是“部门整体支出绩效自评工作考核评分表”（junshan-dept-2024）。");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(count("select count(*) from goal_set where department_code = ?", "510422903")).isZero();
        assertThat(count("select count(*) from goal_revision where department_code = ?", "510422903")).isZero();
        assertThat(count("select count(*) from outbox_event where message_key = ? || ':2024'", "510422903")).isZero();
    }

    @Test
    void whenADepartmentWritesAnotherDepartmentsGoals_thenItIsForbiddenAndNothingIsStored() throws Exception {
        HttpResponse<String> response = post(TestJwts.department("d", "510422001", "510422"), goals("510422904", GOOD));
        HttpResponse<String> bureau = post(TestJwts.bureau("bureau-yanbian", "510422"), goals("510422904", GOOD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(bureau.statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from goal_set where department_code = ?", "510422904")).isZero();
    }

    @Test
    void whenADepartmentWithdrawsItsGoals_thenTheyAreGoneAnnouncedAndASaveContinuesTheVersions() throws Exception {
        String token = TestJwts.department("d", "510422905", "510422");
        post(token, goals("510422905", GOOD));

        HttpResponse<String> other = delete("510422905", TestJwts.department("d", "510422001", "510422"));
        HttpResponse<String> withdrawn = delete("510422905", token);
        HttpResponse<String> again = delete("510422905", token);

        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(withdrawn.statusCode()).isEqualTo(204);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(get("510422905", token).statusCode()).isEqualTo(404);
        String event = jdbc.queryForObject("select payload from outbox_event where message_key = '510422905:2024' order by id desc limit 1",
                String.class);
        assertThat(JSON.readTree(event).get("type").asString()).isEqualTo("indicator.goals.withdrawn");
        assertThat(JSON.readTree(event).get("aggregateVersion").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(post(token, goals("510422905", GOOD)).body()).get("version").asInt()).isEqualTo(3);
        assertThat(count("select count(*) from goal_revision where department_code = ? and withdrawn", "510422905")).isEqualTo(1);
    }

    private HttpResponse<String> delete(String department, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/indicators/goals?department=" + department
                + "&year=2024")).header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }
}
