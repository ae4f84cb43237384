package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;

/** Builds indicators for tests: {@code IndicatorFixture.of("≥", "100", "30", "95")}. */
final class IndicatorFixture {

    private IndicatorFixture() {
    }

    static IndicatorInput of(String comparator, String target, String weight, String actual) {
        return named("指标", comparator, target, weight, actual);
    }

    static IndicatorInput named(String name, String comparator, String target, String weight, String actual) {
        return new IndicatorInput("测试项目", name, Comparator.parse(comparator, name), dec(target), "%", dec(weight), dec(actual),
                null, null, null);
    }

    static IndicatorInput qualitative(String name, String weight, QualitativeGrade grade, String points) {
        return new IndicatorInput("测试项目", name, Comparator.QUALITATIVE, null, null, dec(weight), null, grade, dec(points), null);
    }

    static BigDecimal dec(String v) {
        return v == null ? null : new BigDecimal(v);
    }
}
