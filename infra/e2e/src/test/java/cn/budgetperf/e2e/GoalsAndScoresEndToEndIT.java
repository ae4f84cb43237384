package cn.budgetperf.e2e;

import static cn.budgetperf.e2e.Gateway.get;
import static cn.budgetperf.e2e.Gateway.login;
import static cn.budgetperf.e2e.Gateway.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Goals to score across the real parts: 君山's department saves its goals and self-scores against the
 * framework its region uses (indicator), submits its figures (budget; seed 003's 232.31 / 228.6), and
 * scoring combines both events into the framework score; the bureau re-scores an item through the
 * gateway, accepts and publishes, and the public page shows the bureau's converted score.
 */
@ExtendWith(PlatformExtension.class)
class GoalsAndScoresEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Seed 003 states 98 in all; how the 98 splits over the items is this test's own choice. */
    private static final String GOALS = """
            {"departmentCode":"430611001","fiscalYear":2024,"departmentName":"岳阳市君山区总工会",
             "departmentGoals":[{"function":"维护职工合法权益","activity":"构建维权保障体系","annualTarget":"任务完成率100%",
                                 "projectExpenditure":"困难职工帮扶专项"}],
             "projects":[{"code":"JS-2024-01","name":"困难职工帮扶专项","budget":"9","executed":"9","overallTarget":"帮扶困难职工",
               "indicators":[
                 {"level1":"产出指标","level2":"数量指标","name":"任务完成率","comparator":"≥","target":"100","unit":"%","weight":"60","actual":"100"},
                 {"level1":"满意度指标","level2":"服务对象满意度指标","name":"帮扶对象满意度","comparator":"定性","target":"满意","unit":"项",
                  "weight":"30","actual":"达成年度指标"}]}],
             "selfEvaluation":{"frameworkId":"junshan-dept-2024","statedTotal":"98","items":[
               {"code":"junshan-dept-2024/arrangement/notice","points":"8"},{"code":"junshan-dept-2024/arrangement/team","points":"2"},
               {"code":"junshan-dept-2024/implementation/self-check","points":"10"},
               {"code":"junshan-dept-2024/implementation/submission","points":"10"},
               {"code":"junshan-dept-2024/report/completeness","points":"15"},{"code":"junshan-dept-2024/report/table","points":"20"},
               {"code":"junshan-dept-2024/report/problems","points":"18"},{"code":"junshan-dept-2024/report/suggestions","points":"15"}]}}""";

    @Test
    void whenADepartmentsGoalsAndSubmissionArrive_thenTheFrameworkScoreFollowsAndTheBureausReScoreReachesThePublicPage()
            throws Exception {
        String department = login("dept-junshan-zgh");
        String bureau = login("bureau-junshan");

        HttpResponse<String> goals = post("/api/indicators/goals", GOALS, department);
        assertThat(goals.statusCode()).as(goals.body()).isEqualTo(200);
        HttpResponse<String> draft = post("/api/budget/submissions", """
                {"departmentCode":"430611001","departmentName":"岳阳市君山区总工会","fiscalYear":2024,
                 "figures":{"incomeTotal":"232.31","expenditureTotal":"228.6","budgetTotal":"232.31"}}""", department);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        String id = JSON.readTree(draft.body()).get("id").asString();
        assertThat(post("/api/budget/submissions/" + id + "/submit", "", department).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode score = JSON.readTree(get("/api/scores/430611001/2024", bureau).body());
            assertThat(score.get("goalsVersion").asInt()).isEqualTo(1);
            assertThat(score.get("total").decimalValue()).isEqualByComparingTo("98");
        });
        JsonNode own = JSON.readTree(get("/api/scores/430611001/2024", department).body());
        assertThat(own.get("executionRate").decimalValue()).isEqualByComparingTo("98.40");
        assertThat(own.at("/detail/projects/0/score/total").decimalValue()).isEqualByComparingTo("100.00");

        HttpResponse<String> reviewed = post("/api/scores/430611001/2024/review", """
                {"items":[{"code":"junshan-dept-2024/report/problems","points":16,"reason":"问题原因分析不够全面"}]}""", bureau);
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        assertThat(JSON.readTree(reviewed.body()).get("converted").decimalValue()).isEqualByComparingTo("96.00");
        assertThat(JSON.readTree(reviewed.body()).get("selfConverted").decimalValue()).isEqualByComparingTo("98.00");
        assertThat(post("/api/scores/430611001/2024/review", "{\"items\":[]}", department).statusCode()).isEqualTo(403);

        assertThat(post("/api/budget/submissions/" + id + "/review", "{\"decision\":\"ACCEPT\"}", bureau).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> published = post("/api/publication/430611001/2024/publish", "", bureau);
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        });
        assertThat(get("/public/reports/430611001/2024", null).body()).contains("换算得分96.00分");
        JsonNode table = JSON.readTree(get("/api/scores?region=430611&year=2024", bureau).body());
        assertThat(table.get(0).get("departmentCode").asString()).isEqualTo("430611001");
        assertThat(table.get(0).get("rank").asInt()).isEqualTo(1);
    }
}
