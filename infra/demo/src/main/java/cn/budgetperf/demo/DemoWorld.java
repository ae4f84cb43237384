package cn.budgetperf.demo;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the demo world through the gateway with real tokens. Each department-year ({@link Seed}) is saved
 * first as the faithful transcription of its seed report (version 1: its real errors become findings,
 * logged for the bureau's rule statistics and kept in the audit trail); the department then saves its
 * corrected version (the fixture's {@code correctedVersion}), its goals and self-scores (indicator), attaches
 * the seed's report text (checked by the report checker), explains its warnings and submits; the bureau
 * returns or accepts, and publishes once scoring has scored. Whatever already happened is left as it is,
 * so a second run writes nothing.
 *
 * <p>Usage: {@code java -jar demo.jar [gateway-url] [keycloak-url]} (defaults {@code DEMO_GATEWAY},
 * {@code DEMO_KEYCLOAK}, then http://localhost:8080 and http://localhost:8180); password {@code DEMO_PASSWORD}
 * (default {@code demo}).
 */
public final class DemoWorld {

    static final String EXPLANATION = "报告原文即如此填列，如实报送，差异原因已在报告中说明。";
    /** Explanations of the seeds' warnings, by rule: what the report itself says about them. */
    static final Map<String, String> EXPLANATIONS = Map.of(
            "COPY-001", "报告原文中2023年决算数与2024年预算数逐行相同，如实报送，请财政部门审核时核对2023年决算报表。",
            "EXEC-003", "结余原因见报告第二部分：62个项目中14个绩效目标存在偏差，所列项目资金有结余，结余资金已按规定处理或退回国库。",
            "EXEC-004", "结余原因见报告第二部分：62个项目中14个绩效目标存在偏差，所列项目资金有结余，结余资金已按规定处理或退回国库。",
            "PROJ-002", "报告原文所列结余项目中“预拨2023年中央自然灾害救灾资金”出现两次，如实录入。");
    static final String RETURN_COMMENT = "项目支出清单不完整（62个项目只列出17个），请补充各项目预算数和支出数后重新报送。";
    private static final Duration PUBLISH_WAIT = Duration.ofSeconds(120);

    private final Api api;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> lines = new ArrayList<>();
    private int writes;

    DemoWorld(Api api) {
        this.api = api;
    }

    /** What a run did: one line per department-year, and how many writes it made (0 on a loaded world). */
    public record Result(List<String> lines, int writes) {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : env("DEMO_GATEWAY", "http://localhost:8080");
        String keycloak = args.length > 1 ? args[1] : env("DEMO_KEYCLOAK", "http://localhost:8180");
        Result result = load(gateway, keycloak, env("DEMO_PASSWORD", "demo"));
        result.lines().forEach(System.out::println);
        System.out.println(result.writes() == 0 ? "演示数据已是最新，本次未做任何修改。" : "本次写入 " + result.writes() + " 次。");
    }

    /** Loads (or completes) the demo world on the platform behind {@code gateway}. */
    public static Result load(String gateway, String keycloak, String password) throws IOException, InterruptedException {
        DemoWorld world = new DemoWorld(new Api(JsonMapper.builder().build(), gateway, keycloak, password));
        for (Seed seed : Seed.ALL) {
            world.load(seed);
        }
        return new Result(List.copyOf(world.lines), world.writes);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    void load(Seed seed) throws IOException, InterruptedException {
        JsonNode document = seed.document(json);
        String user = seed.departmentUser();
        String code = document.get("departmentCode").asString();
        int year = document.get("fiscalYear").asInt();
        String name = document.get("departmentName").asString() + " " + year;
        JsonNode submission = find(user, code, year);
        if (submission == null) {
            submission = write(api.postOk(user, "/api/budget/submissions", document.toString()));
        }
        String id = submission.get("id").asString();
        Optional<JsonNode> goals = seed.goals(json);
        if (goals.isPresent() && api.status(user, "/api/indicators/goals?department=" + code + "&year=" + year) == 404) {
            write(api.postOk(user, "/api/indicators/goals", goals.get().toString()));
        }
        String status = submission.get("status").asString();
        if ("DRAFT".equals(status) && seed.corrected() && count(submission, "ERROR") > 0) {
            submission = write(api.postOk(user, "/api/budget/submissions", seed.correctedDocument(json).toString()));
        }
        Optional<String> report = seed.report(json);
        if (report.isPresent() && editable(status) && api.status(user, "/api/budget/submissions/" + id + "/report") == 404) {
            Api.Answer attached = api.put(user, "/api/budget/submissions/" + id + "/report?name="
                    + URLEncoder.encode(seed.reportName(json), StandardCharsets.UTF_8), "text/plain; charset=UTF-8", report.get());
            if (!attached.ok()) {
                throw new IOException("attaching the report of " + name + " → " + attached.status() + " " + attached.body());
            }
            write(null);
        }
        if ("DRAFT".equals(status) && seed.target() != Target.DRAFT) {
            long errors = count(submission, "ERROR");
            if (errors > 0) {
                lines.add(name + "：草稿（" + errors + " 个错误阻止报送，请在工作台查看）");
                return;
            }
            explainWarnings(user, submission);
            submission = write(api.postOk(user, "/api/budget/submissions/" + id + "/submit", ""));
            status = submission.get("status").asString();
        }
        if ("SUBMITTED".equals(status) && seed.target() == Target.RETURNED) {
            ObjectNode decision = json.createObjectNode().put("decision", "RETURN").put("comment", RETURN_COMMENT);
            submission = write(review(seed.bureauUser(), id, decision.toString()));
            status = submission.get("status").asString();
        } else if ("SUBMITTED".equals(status) && seed.target() == Target.PUBLISHED) {
            submission = write(review(seed.bureauUser(), id, "{\"decision\":\"ACCEPT\"}"));
            status = submission.get("status").asString();
        }
        if ("ACCEPTED".equals(status) && seed.target() == Target.PUBLISHED && !published(seed.bureauUser(), code, year)) {
            publish(seed.bureauUser(), code, year);
            write(null);
        }
        if ("ACCEPTED".equals(status) && published(seed.bureauUser(), code, year)) {
            status = "PUBLISHED";
        }
        lines.add(name + "：" + label(status, submission));
    }

    private JsonNode write(JsonNode answer) {
        writes++;
        return answer;
    }

    private static boolean editable(String status) {
        return "DRAFT".equals(status) || "RETURNED".equals(status);
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
                String ruleId = finding.get("ruleId").asString();
                ObjectNode body = json.createObjectNode().put("ruleId", ruleId).put("location", finding.get("location").asString())
                        .put("text", EXPLANATIONS.getOrDefault(ruleId, EXPLANATION));
                write(api.postOk(user, "/api/budget/submissions/" + submission.get("id").asString() + "/explanations", body.toString()));
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
