package cn.budgetperf.budget.validation.domain;

import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures appear in messages: 万元 and percentages to two decimals, half-up. */
final class Fmt {

    private Fmt() {
    }

    static String wan(Money amount) {
        return amount == null ? "—" : amount.display();
    }

    static String wan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String exact(Money amount) {
        return amount == null ? null : amount.toString();
    }

    static String exact(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    static String points(BigDecimal points) {
        return points == null ? "—" : points.stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).toPlainString();
    }
}
