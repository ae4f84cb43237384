package cn.budgetperf.publication.report.adapter.render;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The render cache, on and off: one published version's page as HTML from the real templates, as
 * the public page's GET asks for it ({@code entries} = 256 as shipped; 0 = every call renders again,
 * i.e. {@code RENDER_CACHE_ENTRIES=0}). Not a test: run by hand (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class RenderCacheBenchmark {

    @Param({"256", "0"})
    int entries;

    private ReportRenderer renderer;
    private Shown shown;

    @Setup
    public void setUp() {
        renderer = new ReportRenderer(ReportRendererTest.templates(), new CjkFont(""), entries);
        shown = ReportRendererTest.shown();
    }

    @Benchmark
    public byte[] page() {
        return renderer.render(shown, ReportRenderer.Format.HTML);
    }
}
