package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A self-evaluation score table (columns 指标, 分值, 指标解释, 自评得分): every item with a maximum has a
 * score no higher than it, and the scores add up to the stated 得分合计.
 */
final class ScoreTableRule implements Rule {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern TOTAL = Pattern.compile("^(得分合计|合计|总分|总计|合计得分)$");

    private record Item(Tables.Cell nameCell, Tables.Cell max, Tables.Cell score) {

        String name() {
            return nameCell.text().replace("\n", "");
        }
    }

    @Override
    public void check(Report report, Findings findings) {
        for (Tables.Table table : Tables.of(report.s())) {
            if (isScoreTable(table)) {
                check(report, findings, table);
            }
        }
    }

    private static boolean isScoreTable(Tables.Table table) {
        List<Tables.Cell> header = table.rows().stream().limit(3).flatMap(r -> r.cells().stream()).toList();
        return header.stream().anyMatch(c -> c.text().contains("自评得分") || c.text().equals("得分"))
                && header.stream().anyMatch(c -> c.text().replace("\n", "").contains("分值"));
    }

    private static void check(Report report, Findings findings, Tables.Table table) {
        List<Item> items = new ArrayList<>();
        Tables.Cell total = null;
        Tables.Cell totalName = null;
        for (Tables.Row row : table.rows()) {
            List<Tables.Cell> cells = row.cells();
            Tables.Cell first = cells.stream().filter(c -> !c.isBlank()).findFirst().orElse(null);
            if (first != null && TOTAL.matcher(first.text()).matches()) {
                total = cells.stream().filter(c -> NUMBER.matcher(c.text()).matches()).reduce((a, b) -> b).orElse(null);
                totalName = first;
                continue;
            }
            for (int i = 1; i + 1 < cells.size(); i++) {
                Tables.Cell max = cells.get(i);
                boolean maxWritten = NUMBER.matcher(max.text()).matches();
                if ((maxWritten || max.text().equals("-")) && !cells.get(i + 1).isBlank()
                        && !NUMBER.matcher(cells.get(i + 1).text()).matches()) {
                    if (maxWritten) {
                        items.add(new Item(cells.get(i - 1), max,
                                i + 2 < cells.size() ? cells.get(i + 2) : null));
                    }
                    break;
                }
            }
        }
        if (items.size() < 3) {
            return;
        }
        findings.checked();
        BigDecimal sum = BigDecimal.ZERO;
        List<String> blanks = new ArrayList<>();
        for (Item item : items) {
            if (item.score() == null || item.score().isBlank()) {
                blanks.add(item.name());
                Tables.Cell at = item.score() == null ? item.max() : item.score();
                findings.add(ReportRule.SCORE_BLANK, "自评打分表中“" + item.name() + "”（分值" + item.max().text()
                        + "分）没有填写自评得分。", item.nameCell().start(), at.end(), "0至" + item.max().text() + "分", "空白");
                continue;
            }
            if (!NUMBER.matcher(item.score().text()).matches()) {
                continue;
            }
            BigDecimal score = new BigDecimal(item.score().text());
            sum = sum.add(score);
            if (score.compareTo(new BigDecimal(item.max().text())) > 0) {
                findings.add(ReportRule.SCORE_OVER_MAX, "“" + item.name() + "”自评得分" + item.score().text() + "分，超过了该项分值"
                        + item.max().text() + "分。", item.nameCell().start(), item.score().end(),
                        "不超过" + item.max().text() + "分", item.score().text() + "分");
            }
        }
        if (total != null && sum.compareTo(new BigDecimal(total.text())) != 0) {
            String blank = blanks.isEmpty() ? "" : "（" + String.join("、", blanks) + "未填得分）";
            findings.add(ReportRule.SCORE_SUM, "自评打分表各项自评得分合计" + Numbers.plain(sum) + "分" + blank + "，而“得分合计”填写"
                    + total.text() + "分。", totalName.start(), total.end(), Numbers.plain(sum) + "分", total.text() + "分");
        }
    }
}
