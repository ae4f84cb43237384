package cn.budgetperf.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A whole platform started with the repository's own {@code ./platform} script: real PostgreSQL, Kafka,
 * Keycloak and the six applications, on ports offset from the developer's own instance and with a state
 * directory of its own, so that a running development platform is left alone.
 */
final class Platform {

    private final Path root;
    private final int offset;
    private final Path state;

    private Platform(Path root, int offset, Path state) {
        this.root = root;
        this.offset = offset;
        this.state = state;
    }

    static Platform fromSystemProperties() {
        Path root = repoRoot(Path.of(System.getProperty("e2e.repoRoot", ".")).toAbsolutePath());
        int offset = Integer.parseInt(System.getProperty("e2e.portOffset", "30000"));
        Path state = Path.of(System.getProperty("e2e.state", root.resolve("infra/e2e/target/platform").toString()));
        return new Platform(root, offset, state);
    }

    private static Path repoRoot(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("platform")) && Files.isDirectory(p.resolve("infra/local"))) {
                return p;
            }
        }
        throw new IllegalStateException("No ./platform script above " + start);
    }

    String gateway() {
        return "http://localhost:" + (8080 + offset);
    }

    String keycloak() {
        return "http://localhost:" + (8180 + offset);
    }

    void up() {
        run(List.of("./platform", "up"), 15, false);
    }

    /**
     * {@code ./platform up} with the demo world (PLATFORM_DEMO=1), as a developer runs it; on a running
     * platform it only loads the demo world again. Answers what it printed.
     */
    String upWithDemo() {
        return run(List.of("./platform", "up"), 15, true);
    }

    void down() {
        run(List.of("./platform", "down", "--purge"), 3, false);
    }

    private String run(List<String> command, int minutes, boolean demo) {
        try {
            Files.createDirectories(state);
            Path log = state.resolveSibling("platform-" + command.get(1) + (demo ? "-demo" : "") + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PORT_OFFSET", Integer.toString(offset));
            builder.environment().put("PLATFORM_STATE", state.toString());
            builder.environment().put("APP_HEALTH_TIMEOUT", "300");
            builder.environment().put("PLATFORM_DEMO", demo ? "1" : "0");
            Process process = builder.start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within " + minutes + " minutes; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed (exit " + process.exitValue() + "):\n" + Files.readString(log));
            }
            return Files.readString(log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
