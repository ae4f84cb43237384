package cn.budgetperf.demo;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo world through the gateway with real tokens: each seed department is brought to its
 * {@link Target} — saved, its warnings explained, submitted, returned or accepted, published. Whatever
 * already happened is left as it is, so a second run changes nothing. A seed whose ERROR findings block
 * submission stays a draft with its findings, as it would for a real department.
 *
 * <p>Usage: {@code java -jar demo.jar [gateway-url] [keycloak-url]} (defaults {@code DEMO_GATEWAY},
 * {@code DEMO_KEYCLOAK}, then http://localhost:8080 and http://localhost:8180); password {@code DEMO_PASSWORD}
 * (default {@code demo}).
 */
public final class DemoWorld {

    static final String EXPLANATION = "报告原文即如此填列，已核对原始凭证，差异原因已在报告中说明，如实报送。";
    static final String RETURN_COMMENT = "项目支出清单不完整（62个项目只列出17个），请补充各项目预算数和支出数后重新报送。";
    private static final Duration PUBLISH_WAIT = Duration.ofSeconds(120);

    private final Api api;
    private final List<String> lines = new ArrayList<>();

    DemoWorld(Api api) {
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : env("DEMO_GATEWAY", "http://localhost:8080");
        String keycloak = args.length > 1 ? args[1] : env("DEMO_KEYCLOAK", "http://localhost:8180");
        DemoWorld world = new DemoWorld(new Api(JsonMapper.builder().build(), gateway, keycloak, env("DEMO_PASSWORD", "demo")));
        for (Seed seed : Seed.ALL) {
            world.load(seed);
        }
        world.lines.forEach(System.out::println);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    void load(Seed seed) throws IOException, InterruptedException {
        JsonNode document = seed.document(JsonMapper.builder().build());
        String code = document.get("departmentCode").asString();
        int year = document.get("fiscalYear").asInt();
        String name = document.get("departmentName").asString() + " " + year;
        JsonNode submission = find(seed.departmentUser(), code, year);
        if (submission == null) {
            submission = api.postOk(seed.departmentUser(), "/api/budget/submissions", document.toString());
        }
        String id = submission.get("id").asString();
        String status = submission.get("status").asString();
        if ("DRAFT".equals(status) && seed.target() != Target.DRAFT) {
            long errors = count(submission, "ERROR");
            if (errors > 0) {
                lines.add(name + "：草稿（" + errors + " 个错误阻止报送，请在工作台查看）");
                return;
            }
            explainWarnings(seed.departmentUser(), submission);
            submission = api.postOk(seed.departmentUser(), "/api/budget/submissions/" + id + "/submit", "");
            status = submission.get("status").asString();
        }
        if ("SUBMITTED".equals(status) && seed.target() == Target.RETURNED) {
            submission = review(seed.bureauUser(), id, "{\"decision\":\"RETURN\",\"comment\":\"" + RETURN_COMMENT + "\"}");
            status = submission.get("status").asString();
        } else if ("SUBMITTED".equals(status) && seed.target() == Target.PUBLISHED) {
            submission = review(seed.bureauUser(), id, "{\"decision\":\"ACCEPT\"}");
            status = submission.get("status").asString();
        }
        if ("ACCEPTED".equals(status) && seed.target() == Target.PUBLISHED && submission.path("publication").isNull()
                && !published(seed.bureauUser(), code, year)) {
            publish(seed.bureauUser(), code, year);
            status = "PUBLISHED";
        }
        lines.add(name + "：" + label(status, submission));
    }

    private JsonNode find(String user, String code, int year) throws IOException, InterruptedException {
        for (JsonNode s : api.get(user, "/api/budget/submissions")) {
            if (code.equals(s.get("departmentCode").asString()) && s.get("fiscalYear").asInt() == year) {
                return api.get(user, "/api/budget/submissions/" + s.get("id").asString());
            }
        }
        return null;
    }

    private static long count(JsonNode submission, String severity) {
        return submission.get("findings").valueStream().filter(f -> severity.equals(f.get("severity").asString())).count();
    }

    private void explainWarnings(String user, JsonNode submission) throws IOException, InterruptedException {
        for (JsonNode finding : submission.get("findings")) {
            if ("WARNING".equals(finding.get("severity").asString()) && finding.path("explanation").isNull()) {
                String body = "{\"ruleId\":" + finding.get("ruleId") + ",\"location\":" + finding.get("location")
                        + ",\"text\":\"" + EXPLANATION + "\"}";
                api.postOk(user, "/api/budget/submissions/" + submission.get("id").asString() + "/explanations", body);
            }
        }
    }

    private JsonNode review(String bureau, String id, String decision) throws IOException, InterruptedException {
        return api.postOk(bureau, "/api/budget/submissions/" + id + "/review", decision);
    }

    private boolean published(String bureau, String code, int year) throws IOException, InterruptedException {
        return api.status(bureau, "/public/reports/" + code + "/" + year + "/versions") == 200;
    }

    /** Publishes once scoring has scored the accepted submission (the publication service says when it may). */
    private void publish(String bureau, String code, int year) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PUBLISH_WAIT);
        Api.Answer answer = api.post(bureau, "/api/publication/" + code + "/" + year + "/publish", "");
        while (!answer.ok() && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            answer = api.post(bureau, "/api/publication/" + code + "/" + year + "/publish", "");
        }
        if (!answer.ok()) {
            throw new IOException("publishing " + code + "/" + year + " → " + answer.status() + " " + answer.body());
        }
    }

    private static String label(String status, JsonNode submission) {
        return switch (status) {
            case "DRAFT" -> "草稿";
            case "SUBMITTED" -> "已报送，待主管局审核";
            case "RETURNED" -> "已退回（" + submission.path("reviewComment").asString("") + "）";
            case "ACCEPTED" -> "已审核通过";
            case "PUBLISHED" -> "已公开";
            default -> status;
        };
    }
}
