package cn.budgetperf.budget.reportcheck;

import cn.budgetperf.budget.reportcheck.domain.CheckOutcome;
import cn.budgetperf.budget.reportcheck.domain.ReportChecker;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The report checker on the seed reports, one thread: the time to check seed 001 (42 KB, the largest)
 * and the five seeds in turn (87 KB), from which docs/benchmarks.md derives KB/s per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportCheckBenchmark {

    private static final List<String> SEEDS = List.of("000_a5ff3ec462164caf.txt", "001_70d2fb4dfce1c169.txt",
            "002_1006a27b178e4561.txt", "003_cf53a38de1c347d1.txt", "004_91112916489ef226.txt");

    private final ReportChecker checker = new ReportChecker();
    private String seed001;
    private List<String> allSeeds;

    @Setup
    public void load() {
        allSeeds = SEEDS.stream().map(ReportCheckBenchmark::seed).toList();
        seed001 = allSeeds.get(1);
    }

    @Benchmark
    public CheckOutcome seed001() {
        return checker.check(seed001);
    }

    @Benchmark
    public void allFiveSeeds(Blackhole blackhole) {
        for (String seed : allSeeds) {
            blackhole.consume(checker.check(seed));
        }
    }

    /**
     * CPU time per check, which other processes on a shared machine do not inflate as they do wall
     * time: checks each seed for 20 s of warm-up, then 2,000 rounds, and prints CPU ms per check and
     * KB/s of CPU time (i.e. per core).
     */
    public static void main(String[] args) {
        ReportCheckBenchmark bench = new ReportCheckBenchmark();
        bench.load();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long warmUntil = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            bench.allSeeds.forEach(bench.checker::check);
        }
        for (int i = 0; i < SEEDS.size(); i++) {
            String seed = bench.allSeeds.get(i);
            int rounds = 2_000;
            long start = cpu.getCurrentThreadCpuTime();
            for (int r = 0; r < rounds; r++) {
                bench.checker.check(seed);
            }
            long perCheck = (cpu.getCurrentThreadCpuTime() - start) / rounds;
            int bytes = seed.getBytes(StandardCharsets.UTF_8).length;
            System.out.printf("%s %,d bytes: %,d µs CPU per check, %,d KB/s per core%n", SEEDS.get(i), bytes,
                    perCheck / 1_000, bytes * 1_000_000_000L / 1_024 / perCheck);
        }
    }

    private static String seed(String name) {
        try (InputStream in = ReportCheckBenchmark.class.getResourceAsStream("/reportcheck/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
