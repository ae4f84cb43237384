package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;
import java.util.List;

/** The invariants every part of a document shares; each refusal names the field in Chinese. */
final class Checks {

    /** 12 integer digits of 万元 (under a trillion yuan) fit numeric(18, 6). */
    static final int MAX_INTEGER_DIGITS = 12;
    static final int MAX_ITEMS = 2000;

    private Checks() {
    }

    static Money amount(Money amount, String label) {
        if (amount == null) {
            return null;
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException(label + "：金额不能为负数（" + amount + "万元）");
        }
        BigDecimal value = amount.wanYuan();
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(label + "：金额过大，最多12位整数（万元）");
        }
        return amount;
    }

    static Integer count(Integer count, String label) {
        if (count != null && (count < 0 || count > 10_000_000)) {
            throw new IllegalArgumentException(label + "：数量应在0至10000000之间（" + count + "）");
        }
        return count;
    }

    static BigDecimal points(BigDecimal points, String label) {
        if (points == null) {
            return null;
        }
        if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new IllegalArgumentException(label + "：分值应在0至1000之间（" + points.toPlainString() + "）");
        }
        if (points.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException(label + "：分值最多保留4位小数（" + points.toPlainString() + "）");
        }
        return points;
    }

    static String text(String text, int max, String label) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(label + "：不能超过" + max + "个字");
        }
        return stripped;
    }

    static String required(String text, int max, String label) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("缺少" + label);
        }
        return text(text, max, label);
    }

    static <T> List<T> list(List<T> items, String label) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException(label + "：最多" + MAX_ITEMS + "项");
        }
        if (items.contains(null)) {
            throw new IllegalArgumentException(label + "：不能有空项");
        }
        return List.copyOf(items);
    }

    static List<String> texts(List<String> items, int max, String label) {
        return list(items, label).stream().map(s -> text(s, max, label)).toList();
    }
}
