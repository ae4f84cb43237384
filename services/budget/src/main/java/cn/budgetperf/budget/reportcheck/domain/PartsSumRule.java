package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;

/**
 * A total and its listed parts (DESIGN §6.2): parts above the total are an error, parts below it
 * when the list claims to be complete are one too; each addend may be off by half a written place.
 * The same for counts ("二级预算单位0个，其中…其他事业单位1个") and scores ("得分95分，其中：产出指标45分…"), exactly.
 */
final class PartsSumRule implements Rule {

    @Override
    public void check(Report report, Findings findings) {
        for (Breakdown b : report.breakdowns()) {
            Quantity head = b.nearestHead();
            if (head == null) {
                continue;
            }
            if (matchesAnyHead(b)) {
                findings.checked();
                continue;
            }
            findings.checked();
            BigDecimal sum = b.sum();
            BigDecimal total = head.comparable();
            BigDecimal tolerance = b.tolerance();
            boolean above = sum.compareTo(total.add(tolerance)) > 0;
            boolean below = sum.compareTo(total.subtract(tolerance)) < 0 && b.exhaustive();
            if (!above && !below) {
                continue;
            }
            String headText = report.label(head) + Numbers.written(report, head);
            String parts = Numbers.sum(b.parts().stream().map(p -> p.amount().comparable()).toList());
            String actual = Numbers.in(head, sum) + "（" + parts + "）";
            ReportRule rule = head.isCount() ? ReportRule.COUNT_PARTS : head.unit() == Unit.SCORE ? ReportRule.SCORE_SUM
                    : above ? ReportRule.SUM_PARTS_EXCEED : ReportRule.SUM_PARTS_SHORT;
            String message = above
                    ? "“" + headText + "”下列出的各分项合计" + Numbers.in(head, sum) + "，超过了合计数" + Numbers.in(head, total)
                            + "（" + parts + "）。"
                    : "“" + headText + "”下列出的各分项已列全，但合计只有" + Numbers.in(head, sum) + "，比合计数少"
                            + Numbers.in(head, total.subtract(sum)) + "（" + parts + "）。";
            findings.add(rule, message, b.start(report), b.end(), Numbers.in(head, total), actual);
        }
    }

    /** The list adds up to one of the totals before it ("安排资金19435.98万元，实际支出5780.26万元，包括…"). */
    static boolean matchesAnyHead(Breakdown b) {
        return matchingHead(b) != null;
    }

    static Quantity matchingHead(Breakdown b) {
        BigDecimal sum = b.sum();
        for (Quantity head : b.heads()) {
            if (sum.subtract(head.comparable()).abs().compareTo(b.tolerance()) <= 0) {
                return head;
            }
        }
        return null;
    }
}
