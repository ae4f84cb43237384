package cn.budgetperf.scoring.score.domain;

import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one large department (issue 4: 50 projects × 12 indicators, target under 1 ms): every
 * project's execution rate and twelve indicators of all four kinds, plus 盐边's 24-item self-evaluation
 * with its findings; once as the department sent it, once with ten of the bureau's re-scores. Not a
 * test: run by hand (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ScoringBenchmark {

    static final int PROJECTS = 50;
    static final int INDICATORS = 12;

    private ScoringInput department;
    private List<Review> reviews;

    @Setup
    public void setUp() {
        List<ProjectInput> projects = new ArrayList<>();
        for (int p = 0; p < PROJECTS; p++) {
            List<IndicatorInput> indicators = new ArrayList<>();
            for (int i = 0; i < INDICATORS; i++) {
                indicators.add(indicator("项目" + p, "指标" + i, i, p));
            }
            projects.add(new ProjectInput("P" + p, "项目" + p, Money.parse("100"), Money.parse("120.5"), Money.parse(String.valueOf(90 + p % 40)),
                    indicators));
        }
        department = new ScoringInput(Money.parse("2519.12"), Money.parse("2544.94"), projects, SeedScoresFixture.yanbian2024());
        reviews = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            reviews.add(new Review("P" + p + "/指标0", new BigDecimal("5"), "佐证材料不足"));
        }
    }

    /** Weight 7.5 each (12 × 7.5 = 90); comparators cycle ≥ ≤ ＝ 定性; actuals around the target, some short, some over. */
    private static IndicatorInput indicator(String project, String name, int i, int p) {
        BigDecimal weight = new BigDecimal("7.5");
        BigDecimal target = BigDecimal.valueOf(10 + i);
        BigDecimal actual = BigDecimal.valueOf(7 + (i * 7 + p) % 9);
        return switch (i % 4) {
            case 0 -> new IndicatorInput(project, name, Comparator.POSITIVE, target, "个", weight, actual, null, null, null);
            case 1 -> new IndicatorInput(project, name, Comparator.REVERSE, target, "万元", weight, actual.add(target), null, null, null);
            case 2 -> new IndicatorInput(project, name, Comparator.EQUAL, target, "%", weight, actual, null, null, "偏差说明");
            default -> new IndicatorInput(project, name, Comparator.QUALITATIVE, null, null, weight, null,
                    QualitativeGrade.values()[p % 3], null, null);
        };
    }

    @Benchmark
    public Evaluation scoreDepartmentOf50ProjectsAnd12IndicatorsEach() {
        return ScoreEngine.evaluate(department, ScoringSettings.DEFAULT, List.of());
    }

    @Benchmark
    public Evaluation scoreTheSameWithTenBureauReScores() {
        return ScoreEngine.evaluate(department, ScoringSettings.DEFAULT, reviews);
    }
}
