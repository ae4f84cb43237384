package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;

/**
 * A number with two decimal points ("189.67190.2万元"). When the line goes on with a budget
 * adjustment, the reading that makes it add up is named.
 */
final class MalformedNumberRule implements Rule {

    @Override
    public void check(Report report, Findings findings) {
        for (Malformed m : report.malformed()) {
            findings.checked();
            Malformed.Reading likely = m.readings().isEmpty() ? null : m.readings().get(0);
            String unit = m.written().replaceAll("[0-9.]", "");
            String message = "“" + m.written() + "”不是一个有效的数字（有两个小数点）"
                    + (likely == null ? "" : "，像是" + Numbers.plain(likely.first()) + unit + "与"
                            + Numbers.plain(likely.second()) + unit + "两个数连在了一起");
            String expected = "一个数值";
            Adjustment adjustment = Adjustment.after(report, m.end());
            BigDecimal fitting = adjustment == null ? null : fitting(m, adjustment);
            if (fitting != null) {
                message += "；按" + Numbers.plain(fitting) + unit + "计，与" + adjustment.describe(report) + "合计恰为"
                        + report.label(adjustment.total()) + Numbers.written(report, adjustment.total());
                expected = Numbers.plain(fitting) + unit;
            }
            findings.add(ReportRule.MALFORMED_NUMBER, message + "。请核对并改正。", m.start(), m.end(), expected, m.written());
        }
    }

    private static BigDecimal fitting(Malformed m, Adjustment adjustment) {
        BigDecimal total = adjustment.total().wanYuan();
        for (Malformed.Reading reading : m.readings()) {
            for (BigDecimal value : new BigDecimal[] {reading.second(), reading.first()}) {
                BigDecimal initial = value.multiply(m.unit().inWanYuan());
                if (adjustment.from(initial).subtract(total).abs().compareTo(adjustment.tolerance(new BigDecimal("0.005"))) <= 0) {
                    return value;
                }
            }
        }
        return null;
    }
}
