package cn.budgetperf.indicator.goal.domain;

import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;

/** Numbers as typed into goals, read exactly or refused with the field named. */
final class Numbers {

    private Numbers() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A decimal number, or {@code null} when blank. */
    static BigDecimal decimal(String text, String what) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidGoals(what + "“" + text + "”不是有效的数字。");
        }
    }

    /** Points: not negative, at most two decimals, or {@code null} when blank. */
    static BigDecimal points(String text, String what) {
        BigDecimal v = decimal(text, what);
        if (v != null && (v.signum() < 0 || v.stripTrailingZeros().scale() > 2)) {
            throw new InvalidGoals(what + "应为不小于0、最多两位小数的数，实际为" + text + "。");
        }
        return v;
    }

    /** An amount in 万元 (to the fen), not negative, or {@code null} when blank. */
    static Money money(String text, String what) {
        if (blank(text)) {
            return null;
        }
        Money m;
        try {
            m = Money.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidGoals(what + "“" + text + "”不是有效的金额（万元，最多6位小数）。");
        }
        if (m.isNegative()) {
            throw new InvalidGoals(what + "不能为负数，实际为" + text + "万元。");
        }
        return m;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
