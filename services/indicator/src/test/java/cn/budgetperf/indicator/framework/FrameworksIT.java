package cn.budgetperf.indicator.framework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestDatabase;
import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.kit.testing.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class FrameworksIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestJwts.sign("admin-demo", "admin", Map.of());

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode byId(JsonNode list, String id) {
        return list.valueStream().filter(f -> f.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void whenFrameworksAreListed_thenTheMinistryProjectTableWeighs10_50_30_10() throws Exception {
        HttpResponse<String> response = get("/api/indicators/frameworks", TestJwts.bureau("bureau-xushui", "130609"));

        JsonNode mof = byId(JSON.readTree(response.body()), "mof-project-2020");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(mof.get("name").asString()).isEqualTo("项目支出绩效自评表");
        assertThat(mof.get("maxTotal").decimalValue()).isEqualByComparingTo("100");
        assertThat(mof.get("items").valueStream().map(i -> i.get("maxPoints").decimalValue().intValue()).toList())
                .containsExactly(10, 50, 30, 10);
    }

    @Test
    void whenARegionAndYearAreGiven_thenTheirDepartmentFrameworkAndTheProjectTableAreListed() throws Exception {
        JsonNode yanbian = JSON.readTree(get("/api/indicators/frameworks?region=510422&year=2024", TestJwts.bureau("b", "510422")).body());

        assertThat(yanbian.valueStream().map(f -> f.get("id").asString()).toList())
                .containsExactly("yanbian-dept-2024", "mof-project-2020");
        JsonNode overall = yanbian.get(0).at("/items/0");
        assertThat(overall.get("name").asString()).isEqualTo("总体绩效");
        assertThat(overall.get("children").valueStream().map(i -> i.get("maxPoints").decimalValue().intValue()).toList())
                .containsExactly(15, 28, 10, 6, 6);
        assertThat(yanbian.get(0).get("assignments").get(0).get("regionCode").asString()).isEqualTo("510422");
    }

    @Test
    void whenAnAdminAddsAFrameworkWithANegativeMaximum_thenItIsRefusedAndNothingIsStored() throws Exception {
        int before = jdbc.queryForObject("select count(*) from framework_item", Integer.class);
        String body = """
                {"code":"test-neg","name":"测试框架","scope":"DEPARTMENT",
                 "items":[{"key":"a","name":"预算管理","maxPoints":-5}]}""";

        HttpResponse<String> response = post("/api/indicators/frameworks", ADMIN, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("detail").asString())
                .isEqualTo("评价框架“测试框架”的评分项“预算管理”的满分不能为负数，实际为-5。");
        assertThat(jdbc.queryForObject("select count(*) from framework where code = 'test-neg'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from framework_item", Integer.class)).isEqualTo(before);
    }

    @Test
    void whenAnAdminAddsAVersion_thenItGetsTheNextNumberAndItsAssignment() throws Exception {
        String body = """
                {"code":"junshan-dept","name":"部门整体支出绩效自评工作考核评分表（2025）","scope":"DEPARTMENT","source":"测试",
                 "assignments":[{"regionCode":"430611","fiscalYear":2025}],
                 "items":[{"key":"arrangement","name":"布置工作","maxPoints":10,"children":[
                    {"key":"notice","name":"自评通知","maxPoints":8},{"key":"team","name":"工作小组","maxPoints":2}]},
                   {"key":"report","name":"自评报告","maxPoints":90}]}""";

        HttpResponse<String> added = post("/api/indicators/frameworks", ADMIN, body);
        HttpResponse<String> byBureau = post("/api/indicators/frameworks", TestJwts.bureau("b", "430611"), body);

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(added.body()).get("id").asString()).isEqualTo("junshan-dept-v2");
        assertThat(JSON.readTree(get("/api/indicators/frameworks?region=430611&year=2025", ADMIN).body()).get(0).get("id").asString())
                .isEqualTo("junshan-dept-v2");
        assertThat(byBureau.statusCode()).isEqualTo(403);
    }

    @Test
    void whenNoTokenIsSent_thenFrameworksAnswer401() throws Exception {
        assertThat(get("/api/indicators/frameworks", null).statusCode()).isEqualTo(401);
    }

    @Test
    void whenHealthIsAsked_thenItIsUpWithoutAToken() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }
}
