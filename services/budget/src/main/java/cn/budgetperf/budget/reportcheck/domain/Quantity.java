package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;

/**
 * A number with its unit as written in the report.
 *
 * @param start       offset of the first digit
 * @param end         offset after the unit
 * @param value       the number as written, in its own unit
 * @param unit        the unit
 * @param measure     the measure word of a count or other quantity (个, 项, 人, 平方米…), else empty
 * @param approximate written as approximate or as a bound (约, 近, 超, 余, 多, 以上…), never held exact
 * @param range       one end of a range (60至90分, 3-5个)
 */
record Quantity(int start, int end, BigDecimal value, Unit unit, String measure, boolean approximate, boolean range) {

    /** An amount in 万元 (money only). */
    BigDecimal wanYuan() {
        return value.multiply(unit.inWanYuan());
    }

    /** Half of the last written decimal place, at most half a fen's worth of 万元 rounding: the tolerance of one addend. */
    BigDecimal halfUnit() {
        BigDecimal written = BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)).divide(BigDecimal.valueOf(2));
        BigDecimal cap = new BigDecimal("0.005");
        return (written.compareTo(cap) < 0 ? written : cap).multiply(unit.inWanYuan());
    }

    /** Numbers that can take part in an exact claim: not approximate, not a range end. */
    boolean exact() {
        return !approximate && !range;
    }

    boolean isMoney() {
        return unit.kind() == Unit.Kind.MONEY;
    }

    boolean isPercent() {
        return unit == Unit.PERCENT;
    }

    boolean isCount() {
        return unit == Unit.COUNT;
    }

    /** Same kind of quantity, so that one may be a part of the other: money with money, 人 with 人 or 名. */
    boolean sameKindAs(Quantity other) {
        if (isMoney() || other.isMoney()) {
            return isMoney() && other.isMoney();
        }
        return unit == other.unit && canonical(measure).equals(canonical(other.measure));
    }

    /** The value comparable across units of the same kind (万元 for money). */
    BigDecimal comparable() {
        return isMoney() ? wanYuan() : value;
    }

    /** The tolerance of this quantity as an addend: half a written place for money, none for counts. */
    BigDecimal tolerance() {
        return isMoney() ? halfUnit() : BigDecimal.ZERO;
    }

    private static String canonical(String measure) {
        return "名".equals(measure) ? "人" : measure;
    }
}
