package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;

/** 年初预算 + 追加 − 调减 = 全年（调整后）预算, on one line of the report. */
final class BudgetAdjustmentRule implements Rule {

    @Override
    public void check(Report report, Findings findings) {
        for (Quantity initial : report.quantities()) {
            if (!initial.isMoney() || !initial.exact() || !Adjustment.INITIAL.matcher(report.label(initial)).find()) {
                continue;
            }
            Adjustment adjustment = Adjustment.after(report, initial.end());
            if (adjustment == null) {
                continue;
            }
            findings.checked();
            BigDecimal expected = adjustment.from(initial.wanYuan());
            BigDecimal tolerance = adjustment.tolerance(initial.halfUnit());
            Quantity total = adjustment.total();
            if (expected.subtract(total.wanYuan()).abs().compareTo(tolerance) <= 0) {
                continue;
            }
            String stated = Numbers.written(report, total);
            findings.add(ReportRule.BUDGET_ADJUSTMENT,
                    "“" + report.label(initial) + Numbers.written(report, initial) + "”与" + adjustment.describe(report)
                            + "合计" + Numbers.wan(expected) + "，而“" + report.label(total) + "”写作" + stated + "。",
                    report.labelStart(initial), total.end(), Numbers.wan(expected), stated);
        }
    }
}
