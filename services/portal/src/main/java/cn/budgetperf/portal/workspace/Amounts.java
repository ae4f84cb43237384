package cn.budgetperf.portal.workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as the pages show them: 万元 to two decimals; an unknown amount is a dash. */
public final class Amounts {

    private Amounts() {
    }

    public static String wan(Object amount) {
        if (amount == null || amount.toString().isBlank()) {
            return "—";
        }
        try {
            return new BigDecimal(amount.toString()).setScale(2, RoundingMode.HALF_UP).toPlainString();
        } catch (NumberFormatException e) {
            return "—";
        }
    }

    /**
     * An amount typed into a form: empty means not reported; otherwise a non-negative decimal with at
     * most six decimals. Answers the Chinese problem, or {@code null} when the input is acceptable.
     */
    static String problemWith(String label, String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(input.strip());
            if (value.signum() < 0) {
                return label + "不能为负数";
            }
            if (value.scale() > 6) {
                return label + "最多保留六位小数";
            }
            if (value.compareTo(new BigDecimal("100000000")) >= 0) {
                return label + "金额过大（单位为万元）";
            }
            return null;
        } catch (NumberFormatException e) {
            return label + "应为以万元为单位的数字，例如 2544.99";
        }
    }
}
