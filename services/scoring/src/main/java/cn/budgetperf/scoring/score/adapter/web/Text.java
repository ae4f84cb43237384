package cn.budgetperf.scoring.score.adapter.web;

import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.scoring.score.domain.InvalidInput;
import java.math.BigDecimal;

/** Numbers of a dry-run document as typed, read exactly or refused with the field named. */
final class Text {

    private Text() {
    }

    static BigDecimal decimal(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(what + "“" + text + "”不是有效的数字。");
        }
    }

    static Money money(String text, String what) {
        BigDecimal v = decimal(text, what);
        if (v == null) {
            return null;
        }
        try {
            return Money.ofWanYuan(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(what + "“" + text + "”不是有效的金额（万元，最多6位小数）。");
        }
    }
}
