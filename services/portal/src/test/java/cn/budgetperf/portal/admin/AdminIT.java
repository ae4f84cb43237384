package cn.budgetperf.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.kit.testing.TestJwts;
import cn.budgetperf.portal.workspace.StubBudget;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The admin pages: the directory and the user mapping on the portal's real database; the
 * classification codes and frameworks through the budget and indicator services (stubbed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class AdminIT {

    private static final StubBudget SERVICES = new StubBudget();
    private static final String FRAMEWORKS = """
            [{"id":"junshan-dept-2024","code":"junshan-dept","version":1,"scope":"DEPARTMENT",
              "name":"君山区部门整体支出绩效自评工作考核评分表","source":"seed 003","maxTotal":100,
              "assignments":[{"regionCode":"430611","fiscalYear":2024}],
              "items":[{"key":"A","name":"布置工作","maxPoints":10,"criteria":"按时布置","evidence":"通知文件","kind":"SCORED",
                        "children":[{"key":"A1","name":"印发通知","maxPoints":10,"criteria":null,"evidence":null,"kind":"SCORED","children":[]}]},
                       {"key":"D","name":"扣分项","maxPoints":10,"criteria":null,"evidence":null,"kind":"DEDUCTION","children":[]}]}]""";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVICES.registerWithIndicator(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String admin = TestJwts.sign("admin-demo", "admin", Map.of());

    @BeforeEach
    void reset() {
        SERVICES.reset();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whenTheAdminOpensTheDirectory_thenRegionsDepartmentsAndTheirUsersAreListedWithTheAdminsNameAndRole() throws Exception {
        HttpResponse<String> page = get("/portal/admin/directory", admin);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("admin-demo（系统管理员）").contains("保定市徐水区").contains("130609002")
                .contains("保定市徐水区人力资源和社会保障局").contains("dept-xushui-rsj").contains("盐边县总工会").contains("dept-yanbian-zgh")
                .contains("不会写入 Keycloak");
    }

    @Test
    void whenTheAdminAddsARegionADepartmentAndMapsAUser_thenEachRedirectsWithANoticeAndTheDirectoryShowsThem() throws Exception {
        HttpResponse<String> region = post("/portal/admin/regions", admin, Map.of("code", "130602", "name", "保定市竞秀区"));
        HttpResponse<String> department = post("/portal/admin/departments", admin,
                Map.of("code", "130602001", "name", "保定市竞秀区财政局", "regionCode", "130602"));
        HttpResponse<String> mapped = post("/portal/admin/department-users", admin,
                Map.of("username", "dept-jingxiu-czj", "departmentCode", "130602001"));

        assertThat(region.statusCode()).isEqualTo(302);
        assertThat(region.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portal/admin/directory?done=region"));
        assertThat(department.statusCode()).isEqualTo(302);
        assertThat(mapped.statusCode()).isEqualTo(302);
        HttpResponse<String> page = get("/portal/admin/directory?done=mapped", admin);
        assertThat(page.body()).contains("已登记用户与部门的对应关系").contains("保定市竞秀区（130602）").contains("保定市竞秀区财政局")
                .contains("dept-jingxiu-czj");

        HttpResponse<String> removed = post("/portal/admin/department-users/remove", admin, Map.of("username", "dept-jingxiu-czj"));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(get("/portal/admin/directory", admin).body()).doesNotContain("dept-jingxiu-czj");
    }

    @Test
    void whenTheInputIsBad_thenTheDirectoryAnswersWithAChineseProblemAndStoresNothing() throws Exception {
        HttpResponse<String> badCode = post("/portal/admin/regions", admin, Map.of("code", "12", "name", "某地"));
        HttpResponse<String> twice = post("/portal/admin/regions", admin, Map.of("code", "130609", "name", "保定市徐水区"));
        HttpResponse<String> noRegion = post("/portal/admin/departments", admin,
                Map.of("code", "999999001", "name", "某部门", "regionCode", "999999"));
        HttpResponse<String> mappedTwice = post("/portal/admin/department-users", admin,
                Map.of("username", "dept-xushui-rsj", "departmentCode", "130609001"));
        HttpResponse<String> badUser = post("/portal/admin/department-users", admin,
                Map.of("username", "张 三", "departmentCode", "130609001"));

        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(badCode.body()).contains("地区代码应为6位行政区划代码");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("地区代码130609已存在");
        assertThat(noRegion.statusCode()).isEqualTo(400);
        assertThat(noRegion.body()).contains("请选择已登记的地区");
        assertThat(mappedTwice.statusCode()).isEqualTo(409);
        assertThat(mappedTwice.body()).contains("用户dept-xushui-rsj已对应部门130609002");
        assertThat(badUser.statusCode()).isEqualTo(400);
        assertThat(badUser.body()).contains("用户名应为");
        assertThat(get("/portal/admin/directory", admin).body()).doesNotContain("999999001").doesNotContain("张 三");
    }

    @Test
    void whenTheAdminListsAndAddsClassificationCodes_thenTheBudgetServiceIsAskedAndItsRefusalIsShownInChinese() throws Exception {
        SERVICES.answer("GET /api/budget/classifications", 200, """
                [{"code":"208","name":"社会保障和就业支出"},{"code":"20801","name":"人力资源和社会保障管理事务"},
                 {"code":"2080101","name":"行政运行"}]""");
        HttpResponse<String> page = get("/portal/admin/classifications", admin);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("社会保障和就业支出").contains("行政运行").contains("<td>款</td>");

        SERVICES.answer("POST /api/budget/classifications", 200, "{\"code\":\"2080199\",\"name\":\"其他人力资源和社会保障管理事务支出\"}");
        HttpResponse<String> added = post("/portal/admin/classifications", admin, Map.of("code", "2080199", "name", "其他人力资源和社会保障管理事务支出"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(SERVICES.received).anyMatch(r -> r.method().equals("POST") && r.body().contains("\"code\":\"2080199\""));

        SERVICES.answer("POST /api/budget/classifications", 409, "{\"detail\":\"科目编码2080101已存在。\"}");
        HttpResponse<String> refused = post("/portal/admin/classifications", admin, Map.of("code", "2080101", "name", "行政运行"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("科目编码2080101已存在");

        SERVICES.received.clear();
        HttpResponse<String> bad = post("/portal/admin/classifications", admin, Map.of("code", "20", "name", "x"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("科目编码应为3位（类）、5位（款）或7位（项）数字");
        assertThat(SERVICES.received).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void whenTheAdminOpensTheFrameworks_thenEachVersionWithItsAssignmentsAndItemTreeIsShownAndCanBeAssigned() throws Exception {
        SERVICES.answer("GET /api/indicators/frameworks", 200, FRAMEWORKS);
        HttpResponse<String> list = get("/portal/admin/frameworks", admin);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("君山区部门整体支出绩效自评工作考核评分表").contains("430611 2024年");

        HttpResponse<String> one = get("/portal/admin/frameworks/junshan-dept-2024", admin);
        assertThat(one.body()).contains("布置工作").contains("　　印发通知").contains("（扣分项）").contains("通知文件");

        SERVICES.answer("POST /api/indicators/frameworks/junshan-dept-2024/assignments", 200, "{}");
        HttpResponse<String> assigned = post("/portal/admin/frameworks/junshan-dept-2024/assignments", admin,
                Map.of("regionCode", "430611", "fiscalYear", "2025"));
        assertThat(assigned.statusCode()).isEqualTo(302);
        assertThat(SERVICES.received).anyMatch(r -> r.method().equals("POST")
                && r.body().contains("\"regionCode\":\"430611\"") && r.body().contains("\"fiscalYear\":2025"));

        SERVICES.received.clear();
        HttpResponse<String> bad = post("/portal/admin/frameworks/junshan-dept-2024/assignments", admin,
                Map.of("regionCode", "430611", "fiscalYear", "明年"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("年度应为 2000 至 2099 之间的四位数字");
        assertThat(SERVICES.received).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void whenADepartmentOrBureauUserOpensAnAdminPage_thenTheChinese403PageAnswersWithTheirNameAndRole() throws Exception {
        HttpResponse<String> department = get("/portal/admin/directory", TestJwts.department("dept-xushui-rsj", "130609002", "130609"));
        HttpResponse<String> bureau = post("/portal/admin/regions", TestJwts.bureau("bureau-xushui", "130609"),
                Map.of("code", "130699", "name", "某区"));

        assertThat(department.statusCode()).isEqualTo(403);
        assertThat(department.body()).contains("无权访问").contains("系统管理页面仅供系统管理员使用").contains("dept-xushui-rsj（预算部门填报人）");
        assertThat(bureau.statusCode()).isEqualTo(403);
        assertThat(get("/portal/admin/directory", admin).body()).doesNotContain("某区");
    }
}
