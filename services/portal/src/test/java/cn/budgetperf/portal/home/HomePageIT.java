package cn.budgetperf.portal.home;

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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJwts.Decoder.class)
class HomePageIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> home(String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/")).header("Accept", "text/html");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whenADepartmentUserOpensThePortal_thenTheirNameRoleAndDepartmentAreShownInChinese() throws Exception {
        String token = TestJwts.sign("dept-xushui-rsj", "department", Map.of("department_code", "130609002",
                "region_code", "130609", "family_name", "赵", "given_name", "丽"));

        HttpResponse<String> page = home(token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("您好，<span>赵丽</span>").contains("预算部门填报人").contains("保定市徐水区人力资源和社会保障局");
    }

    @Test
    void whenABureauUserOpensThePortal_thenTheRoleIsTheFinanceBureau() throws Exception {
        HttpResponse<String> page = home(TestJwts.bureau("bureau-xushui", "130609"));

        assertThat(page.body()).contains("财政部门").contains("130609");
    }

    @Test
    void whenNoTokenReachesThePortal_thenItAnswers401() throws Exception {
        assertThat(home(null).statusCode()).isEqualTo(401);
    }
}
