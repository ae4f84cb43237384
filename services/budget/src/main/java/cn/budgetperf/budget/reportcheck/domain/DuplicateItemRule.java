package cn.budgetperf.budget.reportcheck.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A list of three or more names (A、B、C…) that names the same item twice. */
final class DuplicateItemRule implements Rule {

    private static final String CLAUSE_BREAKS = "，,；;：:。\n";

    @Override
    public void check(Report report, Findings findings) {
        String s = report.s();
        for (Sentence sentence : report.sentences()) {
            int clauseStart = sentence.start();
            int depth = 0;
            for (int i = sentence.start(); i <= sentence.end(); i++) {
                char c = i < sentence.end() ? s.charAt(i) : '。';
                if (c == '（' || c == '(') {
                    depth++;
                } else if ((c == '）' || c == ')') && depth > 0) {
                    depth--;
                } else if (depth == 0 && CLAUSE_BREAKS.indexOf(c) >= 0) {
                    clause(report, findings, sentence, clauseStart, i);
                    clauseStart = i + 1;
                }
            }
        }
    }

    private static void clause(Report report, Findings findings, Sentence sentence, int from, int to) {
        String s = report.s();
        if (s.substring(from, to).chars().filter(c -> c == '、').count() < 2) {
            return;
        }
        List<ListItems.Item> items = ListItems.split(s, from, cutTail(report, sentence, from, to), "");
        findings.checked();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ListItems.Item item = items.get(i);
            if (item.text().length() < 4) {
                continue;
            }
            Integer first = seen.putIfAbsent(item.text(), i);
            if (first == null && i > 0 && items.get(0).text().endsWith(item.text())) {
                first = 0;
            }
            if (first != null) {
                findings.add(ReportRule.DUPLICATE_ITEM, "列举的" + items.size() + "项中，第" + (first + 1) + "项与第" + (i + 1)
                                + "项都是“" + item.text() + "”，请核对是否重复列举或漏列了其他事项。",
                        items.get(0).start(), item.end(), "各项不重复（不同的有" + items.stream().map(ListItems.Item::text)
                                .distinct().count() + "项）", "“" + item.text() + "”出现2次");
            }
        }
    }

    /** The last item ends where the list's count or "等" begins ("…救灾资金12个项目在…"). */
    private static int cutTail(Report report, Sentence sentence, int from, int to) {
        String s = report.s();
        int lastSeparator = s.lastIndexOf('、', to - 1);
        int cut = to;
        for (Quantity q : sentence.quantities()) {
            if (q.start() > lastSeparator && q.start() < cut && q.unit().kind() != Unit.Kind.DATE) {
                cut = q.start();
            }
        }
        int etc = s.indexOf('等', lastSeparator);
        return etc >= 0 && etc < cut ? etc : cut;
    }
}
