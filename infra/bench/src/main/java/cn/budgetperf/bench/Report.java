package cn.budgetperf.bench;

import cn.budgetperf.bench.Sample.Outcome;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The results of one run: the table, and the same as JSON. */
final class Report {

    /** One measured quantity and its statistics. */
    record Metric(String key, String label, Stats stats) {
    }

    private final Options options;
    private final Instant startedAt;
    private final Machine machine;
    private final Sample[] samples;
    private final List<Metric> metrics = new ArrayList<>();
    private final Map<String, Integer> failures = new LinkedHashMap<>();
    private final Map<String, String> firstDetail = new LinkedHashMap<>();
    private final int succeeded;
    private final long windowNanos;
    private final long pageGets;
    private final long throttled;
    private final long pollErrors;

    Report(Options options, Instant startedAt, Machine machine, Sample[] samples) {
        this.options = options;
        this.startedAt = startedAt;
        this.machine = machine;
        this.samples = samples;
        metrics.add(new Metric("draftPost", "draft POST", collect(s -> s.draftNanos(), false)));
        metrics.add(new Metric("submitPost", "submit POST", collect(s -> s.submitNanos(), false)));
        metrics.add(new Metric("submitToPage", "submit -> page with score", collect(Sample::pageNanos, true)));
        metrics.add(new Metric("submitToPageLowerBound", "  lower bound (last miss)", collect(Sample::lowerNanos, true)));
        metrics.add(new Metric("submitToFirstPageGet", "  first page GET sent", collect(Sample::firstGetNanos, true)));
        int ok = 0;
        long firstSubmit = Long.MAX_VALUE;
        long lastSeen = Long.MIN_VALUE;
        long gets = 0;
        long t429 = 0;
        long errs = 0;
        for (Sample s : samples) {
            gets += s.pageGets();
            t429 += s.throttled();
            errs += s.pollErrors();
            if (s.submitStart() >= 0) {
                firstSubmit = Math.min(firstSubmit, s.submitStart());
            }
            if (s.outcome() == Outcome.OK) {
                ok++;
                lastSeen = Math.max(lastSeen, s.pageSeen());
            } else {
                failures.merge(s.outcome().label, 1, Integer::sum);
                firstDetail.putIfAbsent(s.outcome().label, s.departmentCode() + "/" + s.year() + ": " + s.detail());
            }
        }
        this.succeeded = ok;
        this.windowNanos = ok == 0 || firstSubmit == Long.MAX_VALUE ? 0 : lastSeen - firstSubmit;
        this.pageGets = gets;
        this.throttled = t429;
        this.pollErrors = errs;
    }

    /** Durations of the submissions that measured them; {@code onlyOk}: of the successful ones only. */
    private Stats collect(ToLongFunction<Sample> f, boolean onlyOk) {
        return Stats.of(Arrays.stream(samples)
                .filter(s -> !onlyOk || s.outcome() == Outcome.OK)
                .mapToLong(f)
                .filter(v -> v >= 0)
                .toArray());
    }

    int failed() {
        return samples.length - succeeded;
    }

    /** Successful submissions per second, from the first submit request to the last page seen. */
    double throughput() {
        return windowNanos <= 0 ? 0 : succeeded / (windowNanos / 1e9);
    }

    /** Page GETs per second over the window from the first submit to the last page seen. */
    double pageGetRate() {
        return windowNanos <= 0 ? 0 : pageGets / (windowNanos / 1e9);
    }

    /** Whether the page GETs used at least 90% of the bench's own page rate limit. */
    boolean pageRateCapped() {
        return options.pageRate() > 0 && pageGetRate() >= 0.9 * options.pageRate();
    }

    /** One line per submission, for comparing with the services' own timestamps. */
    void writeSamples(java.nio.file.Path file) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        lines.add("index,department_code,fiscal_year,outcome,submit_epoch_ms,draft_ms,submit_ms,first_get_ms,page_ms,"
                + "lower_bound_ms,page_gets,throttled,poll_errors");
        for (Sample s : samples) {
            lines.add(String.join(",", String.valueOf(s.index()), s.departmentCode(), String.valueOf(s.year()),
                    s.outcome().name(), String.valueOf(s.submitEpochMillis()), csvMs(s.draftNanos()), csvMs(s.submitNanos()),
                    csvMs(s.firstGetNanos()), csvMs(s.pageNanos()), csvMs(s.lowerNanos()), String.valueOf(s.pageGets()),
                    String.valueOf(s.throttled()), String.valueOf(s.pollErrors())));
        }
        java.nio.file.Files.write(file, lines, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String csvMs(long nanos) {
        return nanos < 0 ? "" : String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    void printTable(PrintStream out) {
        out.println("Submit-to-public-page benchmark  " + startedAt.truncatedTo(ChronoUnit.SECONDS));
        out.println("command     " + options.commandLine());
        out.printf(Locale.ROOT, "parameters  n=%d c=%d timeout=%ds poll=%dms page-rate=%s/s users=%d run-id=%s%n",
                options.submissions(), options.concurrency(), options.timeoutSeconds(), options.pollMillis(),
                options.pageRate() == 0 ? "unlimited" : num(options.pageRate()), options.users(), options.runId());
        out.printf(Locale.ROOT, "            gateway=%s keycloak=%s pages=%s%n", options.gateway(), options.keycloak(),
                options.pageBase());
        out.printf(Locale.ROOT, "            departments %s..%s, years %d..%d%n", options.departmentCode(1),
                options.departmentCode(options.users()), options.firstYear(),
                options.firstYear() + (options.submissions() - 1) / options.users());
        out.printf(Locale.ROOT, "machine     %d CPUs (%s), %s RAM, %s, %s, load average at the end %s%n", machine.cpus(),
                machine.cpuModel(), machine.memTotal(), machine.javaVersion(), machine.os(), machine.loadAverage());
        out.println();
        out.printf(Locale.ROOT, "%-28s %6s %9s %9s %9s %9s %9s %9s%n", "latency (ms)", "count", "min", "p50", "p95", "p99",
                "max", "mean");
        for (Metric m : metrics) {
            Stats s = m.stats();
            if (s.isEmpty()) {
                out.printf(Locale.ROOT, "%-28s %6d %9s %9s %9s %9s %9s %9s%n", m.label(), 0, "-", "-", "-", "-", "-", "-");
            } else {
                out.printf(Locale.ROOT, "%-28s %6d %9s %9s %9s %9s %9s %9s%n", m.label(), s.count(), Stats.ms(s.min()),
                        Stats.ms(s.percentile(50)), Stats.ms(s.percentile(95)), Stats.ms(s.percentile(99)),
                        Stats.ms(s.max()), Stats.ms(s.mean()));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "throughput  %.2f submissions/s (%d pages with score in %.1f s, first submit -> last page)%n",
                throughput(), succeeded, windowNanos / 1e9);
        out.printf(Locale.ROOT, "result      %d of %d reached their page, %d failed%n", succeeded, samples.length, failed());
        for (Map.Entry<String, Integer> e : failures.entrySet()) {
            out.printf(Locale.ROOT, "  %-32s %5d   e.g. %s%n", e.getKey(), e.getValue(), firstDetail.get(e.getKey()));
        }
        out.printf(Locale.ROOT, "page GETs   %d (%.1f per submission, %.1f/s), %d answered 429, %d other errors (retried)%n",
                pageGets, samples.length == 0 ? 0.0 : (double) pageGets / samples.length, pageGetRate(), throttled, pollErrors);
        if (pageRateCapped()) {
            out.printf(Locale.ROOT, "note        page GETs ran at the --page-rate cap (%s/s): polls waited for a slot, so the page"
                    + " latency%n            is coarser and the throughput is the bench's, not the platform's (see docs/benchmarks.md)%n",
                    num(options.pageRate()));
        }
    }

    ObjectNode toJson(JsonMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("benchmark", "submit-to-public-page");
        root.put("startedAt", startedAt.truncatedTo(ChronoUnit.MILLIS).toString());
        root.put("command", options.commandLine());
        ObjectNode p = root.putObject("parameters");
        p.put("submissions", options.submissions());
        p.put("concurrency", options.concurrency());
        p.put("timeoutSeconds", options.timeoutSeconds());
        p.put("pollMillis", options.pollMillis());
        p.put("pageRatePerSecond", options.pageRate());
        p.put("users", options.users());
        p.put("runId", options.runId());
        p.put("gateway", options.gateway().toString());
        p.put("keycloak", options.keycloak().toString());
        p.put("pageBase", options.pageBase().toString());
        ObjectNode m = root.putObject("machine");
        m.put("cpus", machine.cpus());
        m.put("cpuModel", machine.cpuModel());
        m.put("memTotal", machine.memTotal());
        m.put("loadAverageAtEnd", machine.loadAverage());
        m.put("java", machine.javaVersion());
        m.put("os", machine.os());
        ObjectNode lat = root.putObject("latencyMillis");
        for (Metric metric : metrics) {
            ObjectNode o = lat.putObject(metric.key());
            Stats s = metric.stats();
            o.put("count", s.count());
            if (!s.isEmpty()) {
                o.put("min", Stats.msValue(s.min()));
                o.put("p50", Stats.msValue(s.percentile(50)));
                o.put("p95", Stats.msValue(s.percentile(95)));
                o.put("p99", Stats.msValue(s.percentile(99)));
                o.put("max", Stats.msValue(s.max()));
                o.put("mean", Stats.msValue(s.mean()));
            }
        }
        root.put("throughputPerSecond", Math.round(throughput() * 100) / 100.0);
        root.put("windowSeconds", Math.round(windowNanos / 1e7) / 100.0);
        root.put("succeeded", succeeded);
        root.put("failed", failed());
        ObjectNode f = root.putObject("failures");
        failures.forEach(f::put);
        root.put("pageGets", pageGets);
        root.put("pageGets429", throttled);
        root.put("pageGetErrors", pollErrors);
        root.put("pageGetsPerSecond", Math.round(pageGetRate() * 10) / 10.0);
        root.put("pageRateCapped", pageRateCapped());
        return root;
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
