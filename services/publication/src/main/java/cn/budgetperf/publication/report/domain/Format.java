package cn.budgetperf.publication.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** How amounts, percentages and changes read on a public page: 万元 and percent to two decimals, half-up. */
final class Format {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What a sentence says in place of an amount the department did not report. */
    static final String NOT_REPORTED = "未填报";

    private Format() {
    }

    /** 万元 to two decimals, half-up: 2544.944 → 2544.94, 2544.945 → 2544.95; an amount not reported reads "—". */
    static String wan(BigDecimal amount) {
        return amount == null ? "—" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** An amount in a sentence: "2544.94万元", or "未填报" when the department did not report it (never "—万元"). */
    static String amount(BigDecimal amount) {
        return amount == null ? NOT_REPORTED : wan(amount) + "万元";
    }

    /** Two decimals, half-up (percentages and points). */
    static String two(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** part / base × 100, half-up to two decimals; empty when the base is zero or missing. */
    static Optional<BigDecimal> percent(BigDecimal part, BigDecimal base) {
        if (part == null || base == null || base.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(part.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP));
    }

    /** "86.12%", or "—" when there is no base. */
    static String share(BigDecimal part, BigDecimal base) {
        return percent(part, base).map(p -> p.toPlainString() + "%").orElse("—");
    }

    /**
     * The change from last year as a sentence part: "增加0.04万元，增长80.00%", "减少83.89万元，下降26.53%",
     * "持平", or "增加5.00万元" when last year was zero.
     */
    static String change(BigDecimal current, BigDecimal prior) {
        BigDecimal delta = current.subtract(prior);
        if (delta.setScale(2, RoundingMode.HALF_UP).signum() == 0) {
            return "持平";
        }
        String amount = wan(delta.abs()) + "万元";
        Optional<BigDecimal> rate = percent(delta.abs(), prior.signum() > 0 ? prior : null);
        return delta.signum() > 0
                ? "增加" + amount + rate.map(r -> "，增长" + r.toPlainString() + "%").orElse("")
                : "减少" + amount + rate.map(r -> "，下降" + r.toPlainString() + "%").orElse("");
    }
}
