package cn.budgetperf.budget.reportcheck.domain;

/**
 * An amount in 元 where 万元 is meant: more than two decimals (元 stop at the fen), or the same
 * number written in 万元 elsewhere in the sentence ("收入预算总额174.57万元…支出预算总额174.57元").
 */
final class ImplausibleUnitRule implements Rule {

    @Override
    public void check(Report report, Findings findings) {
        for (Sentence sentence : report.sentences()) {
            for (Quantity q : sentence.quantities()) {
                if (q.unit() != Unit.YUAN || !q.exact()) {
                    continue;
                }
                findings.checked();
                String written = Numbers.written(report, q);
                String asWan = Numbers.plain(q.value()) + "万元";
                if (q.value().scale() > 2) {
                    findings.add(ReportRule.IMPLAUSIBLE_UNIT, "“" + report.label(q) + written + "”有" + q.value().scale()
                                    + "位小数，而以元计的金额最多到分（两位小数）；按上下文应为" + asWan + "，请核对单位。",
                            report.labelStart(q), q.end(), asWan, written);
                    continue;
                }
                sentence.quantities().stream()
                        .filter(other -> other.unit() == Unit.WAN_YUAN && other.value().compareTo(q.value()) == 0)
                        .findFirst()
                        .ifPresent(twin -> findings.add(ReportRule.IMPLAUSIBLE_UNIT, "“" + report.label(q) + written
                                        + "”与同一句中的“" + report.label(twin) + Numbers.written(report, twin)
                                        + "”数字相同、单位不同，按上下文应为" + asWan + "，请核对单位。",
                                report.labelStart(q), q.end(), asWan, written));
            }
        }
    }
}
