package cn.budgetperf.bench;

import cn.budgetperf.bench.Sample.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Submit-to-public-page benchmark. Posts N drafts through the gateway and submits each, with C
 * submissions in flight (each worker: draft → submit → the bureau accepts → the bureau publishes as
 * soon as the publication service has the accepted figures and their score → poll the public page
 * until the score shows, then the next one), and measures the draft POST, the submit POST, and the
 * time from the submit request until the first GET of {@code /public/reports/{department}/{year}}
 * that shows {@code 预算执行率为XX.XX%} — the whole path budget → outbox → Kafka → scoring → outbox →
 * Kafka → publication → page, with the bureau's two steps done by machine. See docs/benchmarks.md.
 */
public final class SubmitToPageBench {

    static final Pattern RATE = Pattern.compile("预算执行率为([0-9]+\\.[0-9]{2})%");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PAGE_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(60);
    private static final String REGION_NAME = "保定市徐水区";
    /** The demo bureau of region 130609 (the bench users' region) accepts and publishes. */
    private static final String BUREAU_USER = "bureau-xushui";
    private static final String BUREAU_PASSWORD = "demo";

    private final Options options;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Keycloak keycloak;
    private final PrintStream log;
    private final Pacer pacer;
    private final UserSession[] sessions;
    private UserSession bureau;

    private SubmitToPageBench(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.keycloak = new Keycloak(http, json, options.keycloak(), options.realm());
        this.pacer = new Pacer(options.pageRate(), System::nanoTime);
        this.sessions = new UserSession[options.users()];
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("bench: " + e.getMessage());
            }
            System.err.print(Options.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        int status;
        try {
            status = new SubmitToPageBench(options, System.err).run(System.out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("bench: interrupted");
            status = 130;
        } catch (IOException | RuntimeException e) {
            System.err.println("bench: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    /** Runs the whole benchmark and prints the report; 0 when every submission reached its page. */
    int run(PrintStream out) throws IOException, InterruptedException {
        Instant startedAt = Instant.now();
        setUpUsers();
        Sample[] samples = measure();
        Report report = new Report(options, startedAt, Machine.describe(), samples);
        report.printTable(out);
        if (options.samplesFile() != null) {
            report.writeSamples(java.nio.file.Path.of(options.samplesFile()));
            log.println("bench: samples written to " + options.samplesFile());
        }
        if (options.json()) {
            out.println();
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson(json)));
        }
        return report.failed() == 0 ? 0 : 1;
    }

    // --- set-up -----------------------------------------------------------------------------------

    private void setUpUsers() throws IOException, InterruptedException {
        log.printf("bench: run %s, %d user(s), departments %s..%s, region %s%n", options.runId(), options.users(),
                options.departmentCode(1), options.departmentCode(options.users()), options.regionCode());
        Keycloak.Token admin;
        try {
            admin = keycloak.adminToken(options.adminUser(), options.adminPassword());
        } catch (IOException e) {
            throw new IOException("Keycloak admin login at " + options.keycloak() + " failed (is the platform up? "
                    + "--admin-user/--admin-password): " + e.getMessage(), e);
        }
        for (int u = 1; u <= options.users(); u++) {
            Keycloak.BenchUser user = new Keycloak.BenchUser(Options.username(u), options.userPassword(),
                    options.departmentCode(u), departmentName(u), options.regionCode(), REGION_NAME);
            keycloak.ensureUser(admin.accessToken(), user);
            UserSession session = new UserSession(user);
            String token = session.bearer();
            String claimed = keycloak.claim(token, "department_code");
            if (!user.departmentCode().equals(claimed)) {
                throw new IOException("the token of " + user.username() + " carries department_code " + claimed
                        + ", expected " + user.departmentCode() + " (realm mappers?)");
            }
            sessions[u - 1] = session;
        }
        bureau = new UserSession(new Keycloak.BenchUser(BUREAU_USER, BUREAU_PASSWORD, null, null, options.regionCode(), REGION_NAME));
        bureau.bearer();
    }

    private String departmentName(int user) {
        return "基准测试部门" + String.format("%02d", user) + "（" + options.runId() + "）";
    }

    /** A user's token, fetched again shortly before it expires. */
    private final class UserSession {
        private final Keycloak.BenchUser user;
        private Keycloak.Token token;

        UserSession(Keycloak.BenchUser user) {
            this.user = user;
        }

        synchronized String bearer() throws IOException, InterruptedException {
            if (token == null || System.nanoTime() > token.expiresAtNanos() - TOKEN_MARGIN.toNanos()) {
                token = keycloak.userToken(user.username(), user.password());
            }
            return token.accessToken();
        }
    }

    // --- the measurement --------------------------------------------------------------------------

    private Sample[] measure() throws InterruptedException {
        int n = options.submissions();
        AtomicReferenceArray<Sample> results = new AtomicReferenceArray<>(n);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(options.concurrency(), daemon("bench-worker"));
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(daemon("bench-progress"));
        long t0 = System.nanoTime();
        progress.scheduleAtFixedRate(() -> log.printf("bench: %d/%d done, %d failed, %.0f s%n", done.get(), n, failed.get(),
                (System.nanoTime() - t0) / 1e9), 10, 10, TimeUnit.SECONDS);
        log.printf("bench: %d submissions, %d in flight, page timeout %d s, poll every %d ms, at most %s page GETs/s%n",
                n, options.concurrency(), options.timeoutSeconds(), options.pollMillis(),
                options.pageRate() == 0 ? "unlimited" : Report.num(options.pageRate()));
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < options.concurrency(); w++) {
            futures.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    Sample s = one(i);
                    results.set(i, s);
                    done.incrementAndGet();
                    if (s.outcome() != Outcome.OK) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        } finally {
            progress.shutdownNow();
            workers.shutdownNow();
        }
        Sample[] samples = new Sample[n];
        for (int i = 0; i < n; i++) {
            samples[i] = results.get(i);
        }
        return samples;
    }

    /** Submission number {@code i}: user {@code i mod K + 1}, year 2000 + {@code i div K}. */
    private Sample one(int i) {
        int k = options.users();
        UserSession session = sessions[i % k];
        String department = session.user.departmentCode();
        int year = options.firstYear() + i / k;
        BenchFigures figures = BenchFigures.of(i);
        long draftNanos = -1;
        long submitNanos = -1;
        try {
            ObjectNode body = json.createObjectNode()
                    .put("departmentCode", department)
                    .put("departmentName", session.user.departmentName())
                    .put("fiscalYear", year);
            body.putObject("figures")
                    .put("incomeTotal", figures.incomeTotal().toPlainString())
                    .put("expenditureTotal", figures.expenditureTotal().toPlainString())
                    .put("budgetTotal", figures.budgetTotal().toPlainString());
            String bearer = session.bearer();
            long d0 = System.nanoTime();
            HttpResponse<String> draft = send(api("/api/budget/submissions", bearer)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)).build());
            draftNanos = System.nanoTime() - d0;
            if (draft.statusCode() != 200) {
                return failure(i, department, year, draftNanos, -1, Outcome.DRAFT_FAILED, "HTTP " + draft.statusCode());
            }
            JsonNode created = json.readTree(draft.body());
            String id = created.path("id").asString();
            if (id == null || id.isEmpty()) {
                return failure(i, department, year, draftNanos, -1, Outcome.DRAFT_FAILED, "no id in the answer");
            }

            bearer = session.bearer();
            long submitEpochMillis = System.currentTimeMillis();
            long submitStart = System.nanoTime();
            HttpResponse<String> submit = send(api("/api/budget/submissions/" + id + "/submit", bearer)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            submitNanos = System.nanoTime() - submitStart;
            if (submit.statusCode() != 200) {
                return failure(i, department, year, draftNanos, submitNanos, Outcome.SUBMIT_FAILED, "HTTP " + submit.statusCode());
            }
            long deadline = submitStart + Duration.ofSeconds(options.timeoutSeconds()).toNanos();
            HttpResponse<String> accept = send(api("/api/budget/submissions/" + id + "/review", bureau.bearer())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"ACCEPT\"}", StandardCharsets.UTF_8)).build());
            if (accept.statusCode() != 200) {
                return failure(i, department, year, draftNanos, submitNanos, Outcome.ERROR, "accept: HTTP " + accept.statusCode());
            }
            if (!publishWhenReady(department, year, deadline)) {
                return failure(i, department, year, draftNanos, submitNanos, Outcome.TIMEOUT,
                        "not publishable after " + options.timeoutSeconds() + " s");
            }
            return poll(i, department, year, figures.expectedRatePercent(), draftNanos, submitNanos, submitStart,
                    submitEpochMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(i, department, year, draftNanos, submitNanos, Outcome.ERROR, "interrupted");
        } catch (IOException | RuntimeException e) {
            Outcome o = draftNanos < 0 ? Outcome.DRAFT_FAILED : submitNanos < 0 ? Outcome.SUBMIT_FAILED : Outcome.ERROR;
            return failure(i, department, year, draftNanos, submitNanos, o, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + Keycloak.abbreviate(e.getMessage())));
        }
    }

    /**
     * The bureau publishes as soon as the publication service has the accepted figures and their score:
     * 409 means not yet, so it tries again every poll interval until the deadline.
     */
    private boolean publishWhenReady(String department, int year, long deadline) throws IOException, InterruptedException {
        long pollNanos = Duration.ofMillis(options.pollMillis()).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = send(api("/api/publication/" + department + "/" + year + "/publish", bureau.bearer())
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            if (r.statusCode() == 200) {
                return true;
            }
            if (r.statusCode() != 409 && r.statusCode() != 404) {
                throw new IOException("publish: HTTP " + r.statusCode() + " " + Keycloak.abbreviate(r.body()));
            }
            Pacer.sleepUntil(System.nanoTime() + pollNanos, System::nanoTime);
        }
        return false;
    }

    /** GETs the public page every poll interval (and within the global page rate) until it shows the score. */
    private Sample poll(int i, String department, int year, String expectedRate, long draftNanos, long submitNanos,
                        long submitStart, long submitEpochMillis) throws InterruptedException {
        URI page = options.pageBase().resolve("/public/reports/" + department + "/" + year);
        long deadline = submitStart + Duration.ofSeconds(options.timeoutSeconds()).toNanos();
        long pollNanos = Duration.ofMillis(options.pollMillis()).toNanos();
        long notBefore = System.nanoTime();
        long lastMissSent = -1;
        long firstSent = -1;
        int gets = 0;
        int throttled = 0;
        int errors = 0;
        while (true) {
            long slot = pacer.reserve(notBefore);
            if (slot >= deadline) {
                Pacer.sleepUntil(Math.min(slot, deadline), System::nanoTime);
                return new Sample(i, department, year, draftNanos, submitNanos, firstSent < 0 ? -1 : firstSent - submitStart,
                        -1, -1, submitStart, submitEpochMillis, -1, gets, throttled, errors, Outcome.TIMEOUT, "no score after " + options.timeoutSeconds() + " s, " + gets + " GETs");
            }
            Pacer.sleepUntil(slot, System::nanoTime);
            long sent = System.nanoTime();
            if (firstSent < 0) {
                firstSent = sent;
            }
            gets++;
            notBefore = sent + pollNanos;
            HttpResponse<String> r;
            try {
                long remaining = Math.max(deadline - sent, Duration.ofMillis(100).toNanos());
                r = send(HttpRequest.newBuilder(page)
                        .timeout(Duration.ofNanos(Math.min(remaining, PAGE_REQUEST_TIMEOUT.toNanos())))
                        .header("Accept", "text/html")
                        .GET().build());
            } catch (IOException e) {
                errors++;
                lastMissSent = sent;
                continue;
            }
            long received = System.nanoTime();
            int status = r.statusCode();
            if (status == 200) {
                Matcher m = RATE.matcher(r.body());
                if (m.find()) {
                    long lower = lastMissSent < 0 ? 0 : lastMissSent - submitStart;
                    long first = firstSent - submitStart;
                    if (!m.group(1).equals(expectedRate)) {
                        return new Sample(i, department, year, draftNanos, submitNanos, first, received - submitStart, lower,
                                submitStart, submitEpochMillis, received, gets, throttled, errors, Outcome.WRONG_SCORE,
                                "page shows " + m.group(1) + "%, expected " + expectedRate + "%");
                    }
                    return new Sample(i, department, year, draftNanos, submitNanos, first, received - submitStart, lower,
                            submitStart, submitEpochMillis, received, gets, throttled, errors, Outcome.OK, null);
                }
                lastMissSent = sent;
            } else if (status == 404) {
                lastMissSent = sent;
            } else if (status == 429) {
                throttled++;
                notBefore = sent + retryAfterNanos(r, pollNanos);
            } else {
                errors++;
                lastMissSent = sent;
            }
        }
    }

    private static long retryAfterNanos(HttpResponse<?> r, long fallback) {
        long seconds = r.headers().firstValueAsLong("Retry-After").orElse(0);
        return seconds <= 0 ? fallback : Duration.ofSeconds(Math.min(seconds, 5)).toNanos();
    }

    private static Sample failure(int i, String department, int year, long draftNanos, long submitNanos, Outcome outcome,
                                  String detail) {
        return new Sample(i, department, year, draftNanos, submitNanos, -1, -1, -1, -1, -1, -1, 0, 0, 0, outcome, detail);
    }

    private HttpRequest.Builder api(String path, String bearer) {
        return HttpRequest.newBuilder(options.gateway().resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
