package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;

/**
 * "占P%" against the right base: the total of the list the part stands in (or the sum of the parts
 * when the list states no total and its shares add up to 100%), or the total the sentence names
 * ("占本年支出合计的100%") when that total is written in the same sentence.
 */
final class ShareRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(Report report, Findings findings) {
        for (Breakdown b : report.breakdowns()) {
            BigDecimal shares = b.shareSum();
            Quantity head = PartsSumRule.matchingHead(b);
            if (head == null) {
                head = b.nearestHead();
            }
            BigDecimal base;
            BigDecimal baseTolerance;
            String baseText;
            if (head != null) {
                base = head.comparable();
                baseTolerance = head.tolerance();
                baseText = report.label(head) + Numbers.written(report, head);
            } else if (shares != null && shares.subtract(HUNDRED).abs().compareTo(new BigDecimal("0.1")) <= 0) {
                base = b.sum();
                baseTolerance = b.tolerance();
                baseText = "各项合计" + Numbers.in(b.parts().get(0).amount(), base);
            } else {
                continue;
            }
            for (Breakdown.Part part : b.parts()) {
                if (part.share() != null) {
                    judge(report, findings, part.amount(), part.share(), base, baseTolerance, baseText);
                }
            }
        }
        named(report, findings);
    }

    /** "一般公共预算财政拨款支出232.34万元，占本年支出合计的100%" with the base written in the same sentence. */
    private void named(Report report, Findings findings) {
        for (Sentence sentence : report.sentences()) {
            for (int i = 1; i < sentence.quantities().size(); i++) {
                Quantity share = sentence.quantities().get(i);
                String label = report.label(share);
                if (!share.isPercent() || !label.startsWith("占") || Breakdowns.bareShare(report, share)) {
                    continue;
                }
                String baseName = label.substring(1).replaceAll("(的比例为|的比例|比例为|的|为)$", "");
                Quantity part = sentence.quantities().get(i - 1);
                if (baseName.length() < 2 || !(part.isMoney() || part.isCount()) || !part.exact()) {
                    continue;
                }
                for (Quantity base : sentence.quantities()) {
                    if (base != part && base.sameKindAs(part) && base.exact() && report.label(base).endsWith(baseName)) {
                        judge(report, findings, part, share, base.comparable(), base.tolerance(),
                                report.label(base) + Numbers.written(report, base));
                        break;
                    }
                }
            }
        }
    }

    private static void judge(Report report, Findings findings, Quantity part, Quantity share, BigDecimal base,
                              BigDecimal baseTolerance, String baseText) {
        if (!share.exact()) {
            return;
        }
        Percentages.Range range = Percentages.ratio(part.comparable(), part.tolerance(), base, baseTolerance);
        if (range == null) {
            return;
        }
        findings.checked();
        Percentages.Verdict verdict = range.judge(share);
        if (verdict == Percentages.Verdict.HOLDS) {
            return;
        }
        String partText = report.label(part) + Numbers.written(report, part);
        String stated = Numbers.written(report, share);
        String expected = range.expected(share);
        String message = "“" + partText + "”占" + baseText + "的比例为" + range.exactText() + "，四舍五入应写作" + expected
                + "，报告写作" + stated + verdict.ending();
        findings.add(verdict.rule(ReportRule.SHARE_PERCENT), message, report.labelStart(part), share.end(), expected, stated);
    }
}
