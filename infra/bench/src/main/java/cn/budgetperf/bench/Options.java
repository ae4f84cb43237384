package cn.budgetperf.bench;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The command line, checked. */
record Options(
        URI gateway,
        URI keycloak,
        URI pageBase,
        int submissions,
        int concurrency,
        int users,
        String runId,
        int firstYear,
        int timeoutSeconds,
        int pollMillis,
        double pageRate,
        String adminUser,
        String adminPassword,
        String userPassword,
        String realm,
        String regionCode,
        boolean json,
        String samplesFile,
        List<String> args) {

    static final String USAGE = """
            usage: java -jar infra/bench/target/bench.jar [options]

              --gateway URL       the gateway (default http://localhost:8080)
              --keycloak URL      Keycloak (default http://localhost:8180)
              -n N                submissions (default 500)
              -c C                concurrent submissions in flight, each draft → submit → page (default 8)
              --timeout S         seconds a submission's page may take before it counts as failed (default 60)
              --poll-ms MS        least time between two GETs of the same page (default 50)
              --page-rate R       most page GETs per second over all submissions, 0 = no limit (default 45,
                                  under the gateway's public limit of 50 per second and client address)
              --page-base URL     where to GET /public/reports/... (default: the gateway)
              --users K           benchmark users bench-01..bench-K (default ceil(N / 100), one per 100 years)
              --run-id ID         part of the department codes, [0-9A-Z]{1,20} (default yyMMddHHmmss, now)
              --admin-user U      Keycloak master-realm admin (default $KC_BOOTSTRAP_ADMIN_USERNAME or admin)
              --admin-password P  (default $KC_BOOTSTRAP_ADMIN_PASSWORD or admin)
              --json              also print the results as JSON (last, after the table)
              --samples FILE      also write one CSV line per submission to FILE
              -h, --help          this text

            Department codes are 99<run-id><NN> (user bench-NN, region 130609), years 2000.., so every run
            writes fresh department-years. Talks to localhost only.
            """;

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(String[] argv) {
        return parse(argv, System.getenv("KC_BOOTSTRAP_ADMIN_USERNAME"), System.getenv("KC_BOOTSTRAP_ADMIN_PASSWORD"),
                LocalDateTime.now());
    }

    static Options parse(String[] argv, String envAdminUser, String envAdminPassword, LocalDateTime now) {
        String gateway = "http://localhost:8080";
        String keycloak = "http://localhost:8180";
        String pageBase = null;
        int n = 500;
        int c = 8;
        int users = 0;
        String runId = now.format(DateTimeFormatter.ofPattern("yyMMddHHmmss", Locale.ROOT));
        int timeout = 60;
        int poll = 50;
        double rate = 45;
        String adminUser = envAdminUser == null || envAdminUser.isBlank() ? "admin" : envAdminUser;
        String adminPassword = envAdminPassword == null || envAdminPassword.isBlank() ? "admin" : envAdminPassword;
        boolean json = false;
        String samples = null;
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            switch (a) {
                case "--gateway" -> gateway = value(argv, ++i, a);
                case "--keycloak" -> keycloak = value(argv, ++i, a);
                case "--page-base" -> pageBase = value(argv, ++i, a);
                case "-n" -> n = intValue(argv, ++i, a, 1, 100_000);
                case "-c" -> c = intValue(argv, ++i, a, 1, 256);
                case "--users" -> users = intValue(argv, ++i, a, 1, 99);
                case "--run-id" -> runId = value(argv, ++i, a);
                case "--timeout" -> timeout = intValue(argv, ++i, a, 1, 3600);
                case "--poll-ms" -> poll = intValue(argv, ++i, a, 1, 60_000);
                case "--page-rate" -> {
                    String v = value(argv, ++i, a);
                    try {
                        rate = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new UsageException(a + " needs a number, not " + v);
                    }
                    if (!(rate >= 0 && rate <= 100_000)) {
                        throw new UsageException(a + " must be between 0 and 100000");
                    }
                }
                case "--admin-user" -> adminUser = value(argv, ++i, a);
                case "--admin-password" -> adminPassword = value(argv, ++i, a);
                case "--json" -> json = true;
                case "--samples" -> samples = value(argv, ++i, a);
                case "-h", "--help" -> throw new UsageException("");
                default -> throw new UsageException("unknown option " + a);
            }
        }
        if (!runId.matches("[0-9A-Z]{1,20}")) {
            throw new UsageException("--run-id must match [0-9A-Z]{1,20}: " + runId);
        }
        int k = users > 0 ? users : Math.max(1, (n + 99) / 100);
        if (k > 99) {
            throw new UsageException("at most 99 users");
        }
        if ((n + k - 1) / k > 100) {
            throw new UsageException(n + " submissions need at least " + ((n + 99) / 100)
                    + " users (one department has 100 years, 2000–2099)");
        }
        URI gw = local(gateway, "--gateway");
        return new Options(gw, local(keycloak, "--keycloak"), pageBase == null ? gw : local(pageBase, "--page-base"),
                n, c, k, runId, 2000, timeout, poll, rate, adminUser, adminPassword, "bench-password",
                "budget-perf", "130609", json, samples, List.of(argv));
    }

    /** Department code of user number {@code user} (1-based): 99, the run id, two digits. */
    String departmentCode(int user) {
        return "99" + runId + String.format(Locale.ROOT, "%02d", user);
    }

    static String username(int user) {
        return String.format(Locale.ROOT, "bench-%02d", user);
    }

    String commandLine() {
        StringBuilder b = new StringBuilder("java -jar infra/bench/target/bench.jar");
        for (String a : args) {
            b.append(' ').append(a.matches("[A-Za-z0-9_./:=@+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return b.toString();
    }

    private static URI local(String url, String option) {
        URI uri;
        try {
            uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": not a URL: " + url);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new UsageException(option + ": http or https only: " + url);
        }
        if (uri.getHost() == null || !LOCAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new UsageException(option + ": the bench talks to localhost only: " + url);
        }
        return uri;
    }

    private static String value(String[] argv, int i, String option) {
        if (i >= argv.length) {
            throw new UsageException(option + " needs a value");
        }
        return argv[i];
    }

    private static int intValue(String[] argv, int i, String option, int min, int max) {
        String v = value(argv, i, option);
        try {
            int x = Integer.parseInt(v);
            if (x < min || x > max) {
                throw new UsageException(option + " must be between " + min + " and " + max + ": " + v);
            }
            return x;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not " + v);
        }
    }
}
