package cn.budgetperf.scoring.score.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Properties of the formulas that must hold for every input (DESIGN §4). */
class ScoringPropertiesTest {

    @Provide
    Arbitrary<String> comparators() {
        return Arbitraries.of("≥", "≤", "＝");
    }

    @Provide
    Arbitrary<ScoringSettings> settings() {
        return Arbitraries.of(ReverseFormula.values()).map(r -> new ScoringSettings(r, BigDecimal.ONE, new BigDecimal("0.7"),
                new BigDecimal("0.3"), new BigDecimal("130")));
    }

    @Property
    void everyQuantitativeScoreLiesBetweenZeroAndTheWeight(
            @ForAll("comparators") String comparator,
            @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal target,
            @ForAll @BigRange(min = "-1000", max = "1000000") @Scale(4) BigDecimal actual,
            @ForAll @BigRange(min = "0.01", max = "90") @Scale(2) BigDecimal weight,
            @ForAll("settings") ScoringSettings settings) {
        IndicatorInput i = new IndicatorInput("项目", "指标", Comparator.parse(comparator, "指标"), target, "个", weight, actual, null, null, null);

        BigDecimal points = IndicatorFormula.score(i, settings).points();

        assertThat(points).isBetween(BigDecimal.ZERO, weight);
        assertThat(points.scale()).isEqualTo(2);
    }

    @Property
    void aZeroTargetStillScoresWithinTheWeight(@ForAll("comparators") String comparator,
                                               @ForAll @BigRange(min = "-10", max = "10") @Scale(3) BigDecimal actual,
                                               @ForAll @BigRange(min = "0.01", max = "90") @Scale(2) BigDecimal weight) {
        if (comparator.equals("≥")) {
            return;
        }
        IndicatorInput i = new IndicatorInput("项目", "指标", Comparator.parse(comparator, "指标"), BigDecimal.ZERO, "起", weight, actual,
                null, null, null);

        assertThat(IndicatorFormula.score(i, ScoringSettings.DEFAULT).points()).isBetween(BigDecimal.ZERO, weight);
    }

    @Property
    void aPositiveIndicatorNeverScoresLessForAHigherActual(
            @ForAll @BigRange(min = "0.01", max = "10000") @Scale(2) BigDecimal target,
            @ForAll @BigRange(min = "0", max = "20000") @Scale(3) BigDecimal a1,
            @ForAll @BigRange(min = "0", max = "20000") @Scale(3) BigDecimal a2,
            @ForAll @BigRange(min = "0.01", max = "90") @Scale(2) BigDecimal weight) {
        BigDecimal low = a1.min(a2);
        BigDecimal high = a1.max(a2);

        assertThat(points("≥", target, weight, low)).isLessThanOrEqualTo(points("≥", target, weight, high));
    }

    @Property
    void aReverseIndicatorNeverScoresMoreForAHigherActual(
            @ForAll @BigRange(min = "0.01", max = "10000") @Scale(2) BigDecimal target,
            @ForAll @BigRange(min = "0", max = "30000") @Scale(3) BigDecimal a1,
            @ForAll @BigRange(min = "0", max = "30000") @Scale(3) BigDecimal a2,
            @ForAll @BigRange(min = "0.01", max = "90") @Scale(2) BigDecimal weight) {
        BigDecimal low = a1.min(a2);
        BigDecimal high = a1.max(a2);

        assertThat(points("≤", target, weight, low)).isGreaterThanOrEqualTo(points("≤", target, weight, high));
    }

    @Property
    void theDefaultPointsOfEachQualitativeGradeLieInItsBand(@ForAll QualitativeGrade grade,
                                                           @ForAll @BigRange(min = "1", max = "90") @Scale(0) BigDecimal weight) {
        IndicatorInput i = new IndicatorInput("项目", "指标", Comparator.QUALITATIVE, null, null, weight, null, grade, null, null);

        BigDecimal points = IndicatorFormula.score(i, ScoringSettings.DEFAULT).points();

        assertThat(grade.contains(points.divide(weight, java.math.MathContext.DECIMAL128))).isTrue();
    }

    @Provide
    Arbitrary<List<SelfEvaluationInput.Item>> fullScores() {
        Arbitrary<SelfEvaluationInput.Item> item = Combinators.combine(
                Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("40")).ofScale(1),
                Arbitraries.of(true, false)).as((max, applicable) -> new SelfEvaluationInput.Item("x", "项", max, max, applicable, false));
        return item.list().ofMinSize(1).ofMaxSize(30).map(ScoringPropertiesTest::renumber)
                .filter(items -> items.stream().anyMatch(SelfEvaluationInput.Item::applicable));
    }

    @Property
    void convertingAFullScoreAlwaysGives100(@ForAll("fullScores") List<SelfEvaluationInput.Item> items) {
        Evaluation e = ScoreEngine.evaluate(new ScoringInput(null, null, List.of(), new SelfEvaluationInput("fw", null, null, items)),
                ScoringSettings.DEFAULT, List.of());

        assertThat(e.self().converted()).isEqualByComparingTo("100.00");
        assertThat(e.self().grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Property
    void anySplitOfXushuisApplicableMaximum93GivesTheStated91Point18(@ForAll @IntRange(min = 0, max = 400) int seed) {
        // 004 states the categories' scores and 91.18 but not each category's maximum: whatever the split
        // (each maximum at least its score, summing to 93), the converted score is the same.
        BigDecimal[] scores = {new BigDecimal("10.5"), BigDecimal.TEN, new BigDecimal("19.1"), new BigDecimal("20.8"),
                new BigDecimal("4.4"), BigDecimal.ONE, new BigDecimal("7.5"), new BigDecimal("11.5"), BigDecimal.ZERO};
        BigDecimal spare = new BigDecimal("93").subtract(new BigDecimal("84.8"));
        java.util.Random random = new java.util.Random(seed);
        BigDecimal[] maxima = scores.clone();
        for (int tenth = 0; tenth < spare.movePointRight(1).intValueExact(); tenth++) {
            int k = random.nextInt(maxima.length);
            maxima[k] = maxima[k].add(new BigDecimal("0.1"));
        }
        List<String> split = java.util.Arrays.stream(maxima).map(BigDecimal::toPlainString).toList();

        Evaluation e = ScoreEngine.evaluate(new ScoringInput(null, null, List.of(), SeedScoresFixture.xushuiRsj2023(split)),
                ScoringSettings.DEFAULT, List.of());

        assertThat(e.self().maxTotal()).isEqualByComparingTo("93");
        assertThat(e.self().converted()).isEqualByComparingTo("91.18");
    }

    private static BigDecimal points(String comparator, BigDecimal target, BigDecimal weight, BigDecimal actual) {
        IndicatorInput i = new IndicatorInput("项目", "指标", Comparator.parse(comparator, "指标"), target, "个", weight, actual, null, null, null);
        return IndicatorFormula.score(i, ScoringSettings.DEFAULT).points();
    }

    private static List<SelfEvaluationInput.Item> renumber(List<SelfEvaluationInput.Item> items) {
        List<SelfEvaluationInput.Item> out = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            SelfEvaluationInput.Item i = items.get(n);
            out.add(new SelfEvaluationInput.Item("item-" + n, i.name(), i.maxPoints(), i.points(), i.applicable(), i.deduction()));
        }
        return out;
    }
}
