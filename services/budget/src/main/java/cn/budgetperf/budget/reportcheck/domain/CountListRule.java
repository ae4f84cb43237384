package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "下设N个股室，分别为A、B…": the number of names listed against the count. */
final class CountListRule implements Rule {

    private static final Pattern LIST = Pattern.compile(
            "[，,]?\\s*(分别为|分别是|具体为|具体包括|具体包含)[：:]?\\s*(分别为|分别是)?[：:]?");

    @Override
    public void check(Report report, Findings findings) {
        String s = report.s();
        for (Sentence sentence : report.sentences()) {
            for (Quantity count : sentence.quantities()) {
                if (!count.isCount() || !count.exact()) {
                    continue;
                }
                int nounEnd = count.end();
                while (nounEnd < sentence.end() && nounEnd - count.end() < 12 && "，,。；：:、".indexOf(s.charAt(nounEnd)) < 0
                        && !Character.isDigit(s.charAt(nounEnd))) {
                    nounEnd++;
                }
                Matcher list = LIST.matcher(s).region(nounEnd, sentence.end());
                if (!list.lookingAt() || list.group(1) == null) {
                    continue;
                }
                int listEnd = listEnd(s, list.end(), sentence.end());
                String names = s.substring(list.end(), listEnd);
                if (names.isBlank() || names.contains("等")) {
                    continue;
                }
                findings.checked();
                List<ListItems.Item> items = ListItems.split(s, list.end(), listEnd, "，,");
                BigDecimal n = count.value();
                BigDecimal listed = BigDecimal.valueOf(items.size());
                if (n.compareTo(listed) == 0 || (n.compareTo(listed.add(BigDecimal.ONE)) == 0 && lastJoinsTwo(items))) {
                    continue;
                }
                String written = Numbers.written(report, count);
                findings.add(ReportRule.COUNT_LIST, "写明" + written + "，随后列出的名称却有" + items.size() + "个："
                                + String.join("、", items.stream().map(ListItems.Item::text).toList()) + "。",
                        report.labelStart(count), listEnd, written, items.size() + count.measure());
            }
        }
    }

    private static int listEnd(String s, int from, int sentenceEnd) {
        int end = from;
        while (end < sentenceEnd && "；;。\n".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** "…、企业吸纳脱贫人口社会保险补贴以及基层平台建设": the last item names two. */
    private static boolean lastJoinsTwo(List<ListItems.Item> items) {
        String last = items.get(items.size() - 1).text();
        return last.contains("以及") || last.contains("及") || last.contains("和");
    }
}
