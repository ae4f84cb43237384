package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;

/** The unit a number is written with, and the kind of quantity that makes it. */
enum Unit {
    YUAN(Kind.MONEY, new BigDecimal("0.0001")),
    WAN_YUAN(Kind.MONEY, BigDecimal.ONE),
    YI_YUAN(Kind.MONEY, new BigDecimal("10000")),
    PERCENT(Kind.PERCENT, BigDecimal.ONE),
    COUNT(Kind.COUNT, BigDecimal.ONE),
    SCORE(Kind.SCORE, BigDecimal.ONE),
    YEAR(Kind.DATE, BigDecimal.ONE),
    DATE_PART(Kind.DATE, BigDecimal.ONE),
    OTHER(Kind.OTHER, BigDecimal.ONE);

    enum Kind { MONEY, PERCENT, COUNT, SCORE, DATE, OTHER }

    private final Kind kind;
    private final BigDecimal inWanYuan;

    Unit(Kind kind, BigDecimal inWanYuan) {
        this.kind = kind;
        this.inWanYuan = inWanYuan;
    }

    Kind kind() {
        return kind;
    }

    /** How many 万元 one of this unit is worth (money only). */
    BigDecimal inWanYuan() {
        return inWanYuan;
    }
}
