package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "通过自评，我部门…得分为67.5分…具体情况如下：（一）…，得分6分 …（十）存在问题，扣分0分": the
 * sections' scores less their deductions add up to the total.
 */
final class ScoreSectionsRule implements Rule {

    private static final Pattern SECTION = Pattern.compile("^\\s*[（(][一二三四五六七八九十]+[）)]");
    private static final Pattern CHAPTER = Pattern.compile("^\\s*[一二三四五六七八九十]+、");

    @Override
    public void check(Report report, Findings findings) {
        for (Sentence sentence : report.sentences()) {
            Quantity total = headline(report, sentence);
            if (total == null) {
                continue;
            }
            List<Quantity> scores = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            String s = report.s();
            int line = s.indexOf('\n', sentence.end());
            while (line >= 0 && line + 1 < s.length()) {
                int end = s.indexOf('\n', line + 1);
                String text = s.substring(line + 1, end < 0 ? s.length() : end);
                if (CHAPTER.matcher(text).find()) {
                    break;
                }
                Matcher section = SECTION.matcher(text);
                if (section.find()) {
                    int from = line + 1;
                    int to = end < 0 ? s.length() : end;
                    Quantity score = report.quantities().stream().filter(q -> q.start() >= from && q.end() <= to
                            && q.unit() == Unit.SCORE && q.exact() && report.label(q).matches(".*(得分|扣分)(为)?")).findFirst().orElse(null);
                    if (score != null) {
                        scores.add(score);
                        sum = report.label(score).contains("扣分") ? sum.subtract(score.value()) : sum.add(score.value());
                    }
                }
                line = end;
            }
            if (scores.size() >= 2) {
                findings.checked();
            }
            if (scores.size() >= 2 && sum.compareTo(total.value()) != 0) {
                findings.add(ReportRule.SCORE_SUM, "自评总分写作" + Numbers.written(report, total) + "，而其后各部分得分（减去扣分）合计"
                                + Numbers.plain(sum) + "分。", report.labelStart(total), total.end(), Numbers.plain(sum) + "分",
                        Numbers.written(report, total));
            }
        }
    }

    private static Quantity headline(Report report, Sentence sentence) {
        String text = report.s().substring(sentence.start(), sentence.end());
        if (!text.contains("如下") || !text.contains("得分")) {
            return null;
        }
        return sentence.quantities().stream().filter(q -> q.unit() == Unit.SCORE && q.exact()
                && report.label(q).contains("得分") && !report.label(q).contains("换算")).findFirst().orElse(null);
    }
}
