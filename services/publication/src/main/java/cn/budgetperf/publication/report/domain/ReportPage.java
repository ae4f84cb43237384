package cn.budgetperf.publication.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A public report page, ready to render: every string here is what the reader sees.
 *
 * @param title     e.g. 保定市徐水区人力资源和社会保障局2023年度部门决算及绩效自评公开
 * @param summary   the generated 决算情况说明 sentences
 * @param totals    rows of the totals table (label, 万元 to two decimals)
 * @param scoreRows rows of the score table, empty until a score exists
 */
public record ReportPage(String departmentCode, int fiscalYear, String title, String departmentName, String regionName,
                         String statusNote, List<String> summary, List<Row> totals, List<Row> scoreRows) {

    /** One labelled value. */
    public record Row(String label, String value) {
    }

    public static ReportPage of(ReportFacts f) {
        String income = wan(f.incomeTotal());
        String spent = wan(f.expenditureTotal());
        String budget = wan(f.budgetTotal());
        List<String> summary = new java.util.ArrayList<>();
        summary.add(f.fiscalYear() + "年度，" + f.departmentName() + "本年收入合计" + income + "万元，本年支出合计"
                + spent + "万元，全年预算数" + budget + "万元。");
        f.score().ifPresent(s -> summary.add("预算执行率为" + pct(s.executionRate()) + "%，自评得分" + pts(s.total())
                + "分（满分" + pts(s.max()) + "分），换算得分" + pts(s.converted()) + "分，评价等级为“" + s.grade() + "”。"));
        List<Row> scoreRows = f.score().map(s -> List.of(
                new Row("预算执行率", pct(s.executionRate()) + "%"),
                new Row("自评得分", pts(s.total()) + " / " + pts(s.max())),
                new Row("换算得分", pts(s.converted())),
                new Row("评价等级", s.grade()))).orElse(List.of());
        return new ReportPage(f.departmentCode(), f.fiscalYear(),
                f.departmentName() + f.fiscalYear() + "年度部门决算及绩效自评公开", f.departmentName(), f.regionName(),
                statusNote(f.submissionStatus()), List.copyOf(summary),
                List.of(new Row("本年收入合计", income), new Row("本年支出合计", spent), new Row("全年预算数", budget)),
                scoreRows);
    }

    private static String statusNote(String status) {
        return "ACCEPTED".equals(status) ? "已经财政部门审核" : "部门自评报送稿，尚未经财政部门审核";
    }

    /** 万元 to two decimals, half-up: 2544.944 → 2544.94, 2544.945 → 2544.95. */
    static String wan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String pct(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String pts(BigDecimal points) {
        return points.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
