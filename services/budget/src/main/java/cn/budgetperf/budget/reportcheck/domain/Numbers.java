package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** How the findings write numbers: as the report wrote them, sums to the places of their addends. */
final class Numbers {

    private Numbers() {
    }

    /** An amount in 万元 as a report would write it ("2544.99万元"). */
    static String wan(BigDecimal wanYuan) {
        return plain(wanYuan) + "万元";
    }

    /** A quantity as written, unit included ("232.34万元", "86.11%", "1个"). */
    static String written(Report report, Quantity q) {
        return report.s().substring(q.start(), q.end());
    }

    /** A value in the unit of a quantity (万元 for money). */
    static String in(Quantity like, BigDecimal value) {
        return like.isMoney() ? wan(value) : plain(value) + like.measure() + (like.unit() == Unit.SCORE ? "分" : "");
    }

    /** "2544.94 + 0 + 0 + 0.05". */
    static String sum(List<BigDecimal> addends) {
        return addends.stream().map(Numbers::plain).collect(Collectors.joining(" + "));
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
