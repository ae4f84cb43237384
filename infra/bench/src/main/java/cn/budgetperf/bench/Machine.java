package cn.budgetperf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The machine the bench ran on, as far as the JVM and /proc tell (Linux; elsewhere "?"). */
record Machine(int cpus, String cpuModel, String memTotal, String loadAverage, String javaVersion, String os) {

    static Machine describe() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                firstLine(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?"),
                firstLine(Path.of("/proc/meminfo"), "MemTotal").map(l -> {
                    long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                }).orElse("?"),
                firstLine(Path.of("/proc/loadavg"), "").map(l -> String.join(" ", List.of(l.split(" ")).subList(0, 3))).orElse("?"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    private static Optional<String> firstLine(Path file, String prefix) {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
