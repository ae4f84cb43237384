package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "与上年相比增加/减少D万元，增长/下降P%" and "较2022年减少D万元": the change against both years'
 * amounts, and the percentage against the previous year's amount (written, or this year's ∓ the change).
 */
final class YearOnYearRule implements Rule {

    private static final Pattern TRIGGER = Pattern.compile("(比|较|与|同)(上年度?|去年|上一年度?|((?:19|20)\\d{2})年度?)(同期)?(相比|同比)?");
    private static final Pattern DECREASE = Pattern.compile("减少|下降|降低|减|少");
    private static final Pattern INCREASE = Pattern.compile("增加|增长|上升|提高|增|多");
    private static final Pattern PERCENT_WORD = Pattern.compile("(增长|下降|上升|降低|减少|增加|增幅|降幅)(了|为)?");

    @Override
    public void check(Report report, Findings findings) {
        for (Sentence sentence : report.sentences()) {
            Matcher trigger = TRIGGER.matcher(report.s()).region(sentence.start(), sentence.end());
            while (trigger.find()) {
                check(report, findings, sentence, trigger.start(), trigger.end(), trigger.group(3));
            }
        }
    }

    private void check(Report report, Findings findings, Sentence sentence, int triggerStart, int triggerEnd, String year) {
        List<Quantity> qs = sentence.quantities();
        Quantity change = qs.stream().filter(q -> q.start() >= triggerEnd && q.isMoney()).findFirst().orElse(null);
        if (change == null || !change.exact()) {
            return;
        }
        String changeLabel = report.label(change);
        boolean decrease = DECREASE.matcher(changeLabel).find();
        if (!decrease && !INCREASE.matcher(changeLabel).find()) {
            return;
        }
        Quantity percent = qs.stream().filter(q -> q.start() > change.end() && q.isPercent()).findFirst()
                .filter(q -> PERCENT_WORD.matcher(report.label(q)).matches() && q.exact()).orElse(null);
        Quantity previous = year == null ? null : qs.stream()
                .filter(q -> q.end() <= triggerStart && q.isMoney() && q.exact() && report.label(q).contains(year + "年"))
                .findFirst().orElse(null);
        Quantity current = qs.stream().filter(q -> q.end() <= triggerStart && q.isMoney() && q.exact() && q != previous)
                .reduce((a, b) -> b).orElse(null);
        if (current == null) {
            current = onlyAmountOfPreviousSentence(report, sentence, triggerStart);
        }
        if (current == null) {
            return;
        }
        int start = previous != null ? report.labelStart(previous)
                : current.start() >= sentence.start() ? report.labelStart(current) : sentence.start();
        int end = percent != null ? percent.end() : change.end();
        if (previous != null) {
            checkAmounts(report, findings, previous, current, change, decrease, start, end);
        }
        if (percent == null) {
            return;
        }
        Percentages.Range range = previous != null
                ? Percentages.ratio(change.wanYuan(), change.halfUnit(), previous.wanYuan(), previous.halfUnit())
                : Percentages.change(current.wanYuan(), current.halfUnit(), change.wanYuan(), change.halfUnit(), decrease);
        if (range == null) {
            return;
        }
        findings.checked();
        Percentages.Verdict verdict = range.judge(percent);
        if (verdict == Percentages.Verdict.HOLDS) {
            return;
        }
        BigDecimal before = previous != null ? previous.wanYuan()
                : decrease ? current.wanYuan().add(change.wanYuan()) : current.wanYuan().subtract(change.wanYuan());
        String expected = range.expected(percent);
        String stated = Numbers.written(report, percent);
        String message = "上年数为" + Numbers.wan(before) + (previous != null ? "" : "（本年" + Numbers.written(report, current)
                + (decrease ? " + " : " − ") + (decrease ? "减少" : "增加") + Numbers.written(report, change) + "）")
                + "，" + (decrease ? "减少" : "增加") + Numbers.written(report, change) + "即" + (decrease ? "下降" : "增长")
                + range.exactText() + "，四舍五入应写作" + expected + "，报告写作" + stated + verdict.ending();
        findings.add(verdict.rule(ReportRule.YOY_PERCENT), message, start, end, expected, stated);
    }

    private static void checkAmounts(Report report, Findings findings, Quantity previous, Quantity current, Quantity change,
                                     boolean decrease, int start, int end) {
        findings.checked();
        BigDecimal difference = current.wanYuan().subtract(previous.wanYuan());
        BigDecimal stated = decrease ? change.wanYuan().negate() : change.wanYuan();
        BigDecimal tolerance = previous.halfUnit().add(current.halfUnit()).add(change.halfUnit());
        if (difference.subtract(stated).abs().compareTo(tolerance) <= 0) {
            return;
        }
        String expected = (difference.signum() < 0 ? "减少" : "增加") + Numbers.wan(difference.abs());
        String actual = (decrease ? "减少" : "增加") + Numbers.written(report, change);
        findings.add(ReportRule.YOY_AMOUNT, "上年" + Numbers.written(report, previous) + "、本年" + Numbers.written(report, current)
                + "，应为" + expected + "，报告写作" + actual + "。", start, end, expected, actual);
    }

    /**
     * "2024年度收入、支出总计均为232.34万元。与2023年度相比，…各减少83.89万元": this year's amount one
     * sentence back, when it is the only amount there and speaks of the same thing.
     */
    private static Quantity onlyAmountOfPreviousSentence(Report report, Sentence sentence, int triggerStart) {
        Sentence previous = report.previousOnLine(sentence);
        if (previous == null) {
            return null;
        }
        List<Quantity> money = previous.quantities().stream().filter(Quantity::isMoney).toList();
        if (money.size() != 1 || !money.get(0).exact()) {
            return null;
        }
        String subject = words(report.s().substring(sentence.start(), triggerStart));
        String label = words(report.label(money.get(0)));
        for (int i = 0; i + 3 <= subject.length(); i++) {
            if (label.contains(subject.substring(i, i + 3))) {
                return money.get(0);
            }
        }
        return subject.isEmpty() ? money.get(0) : null;
    }

    private static String words(String text) {
        return text.replaceAll("[^\\u4e00-\\u9fff]", "").replaceAll("年度?$", "");
    }
}
