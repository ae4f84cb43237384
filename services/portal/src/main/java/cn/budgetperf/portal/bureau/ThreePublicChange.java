package cn.budgetperf.portal.bureau;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A department's '三公'经费 this year against last year (万元), as its submission reports them: the
 * stated total, else the sum of the four parts (因公出国（境）, 公务用车购置, 公务用车运行维护, 公务接待;
 * 会议费 and 培训费 are not '三公'). Unknown when the submission reports neither.
 *
 * @param actual  本年决算数
 * @param prior   上年决算数
 * @param change  增减额 (actual − prior)
 * @param percent 增减率 in percent to one decimal, {@code null} when last year was zero or unknown
 */
public record ThreePublicChange(BigDecimal actual, BigDecimal prior, BigDecimal change, BigDecimal percent) {

    private static final List<String> PARTS = List.of("abroad", "vehiclePurchase", "vehicleOperation", "reception");

    /** The change for a submission as the budget service answers it, or {@code null} when not reported. */
    static ThreePublicChange of(Map<String, Object> submission) {
        if (submission == null || !(submission.get("document") instanceof Map<?, ?> document)
                || !(document.get("threePublic") instanceof Map<?, ?> threePublic)) {
            return null;
        }
        BigDecimal actual = column(threePublic, "actual");
        BigDecimal prior = column(threePublic, "priorYearActual");
        if (actual == null || prior == null) {
            return null;
        }
        BigDecimal change = actual.subtract(prior);
        BigDecimal percent = prior.signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(prior, 1, RoundingMode.HALF_UP);
        return new ThreePublicChange(actual, prior, change, percent);
    }

    private static BigDecimal column(Map<?, ?> threePublic, String column) {
        BigDecimal total = amount(threePublic.get("total"), column);
        if (total != null) {
            return total;
        }
        BigDecimal sum = null;
        for (String part : PARTS) {
            BigDecimal value = amount(threePublic.get(part), column);
            if (value != null) {
                sum = sum == null ? value : sum.add(value);
            }
        }
        return sum;
    }

    private static BigDecimal amount(Object line, String column) {
        if (!(line instanceof Map<?, ?> amounts) || amounts.get(column) == null) {
            return null;
        }
        try {
            return new BigDecimal(amounts.get(column).toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 增减额 as the page shows it: signed, 万元 to two decimals, e.g. −0.34 or +0.04. */
    public String changeText() {
        String text = change.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return change.signum() > 0 ? "+" + text : text;
    }

    /** 增减率, e.g. +80.0% or −7.9%; 上年为零 when it cannot be computed. */
    public String percentText() {
        if (percent == null) {
            return "上年为零";
        }
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }
}
