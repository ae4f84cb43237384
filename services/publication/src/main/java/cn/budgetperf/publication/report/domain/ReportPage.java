package cn.budgetperf.publication.report.domain;

import cn.budgetperf.publication.report.domain.Table.Cell;
import cn.budgetperf.publication.report.domain.Table.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A public report page, ready to render as HTML, PDF or spreadsheet: every string here is what the
 * reader sees, in the order of a real 部门决算公开 — 部门概况, 决算情况说明 (generated from the figures),
 * the standard tables, charts, 绩效自评结果 and 名词解释.
 *
 * @param title     e.g. 保定市徐水区人力资源和社会保障局2023年度部门决算及绩效自评公开
 * @param profile   部门概况 rows (label, value); empty when the department did not report its profile
 * @param duties    主要职责, one per entry
 * @param narrative the generated 决算情况说明
 * @param totals    rows of the totals table (label, 万元 to two decimals)
 * @param totalsTable the same totals as a table with the exact amounts (for the spreadsheet)
 * @param tables    the standard tables, each with rows or saying why it has none
 * @param charts    the charts, each with its data
 */
public record ReportPage(String departmentCode, int fiscalYear, String title, String departmentName, String regionName,
                         String statusNote, List<Row> profile, List<String> duties, List<Paragraph> narrative, List<Row> totals,
                         Table totalsTable, List<Table> tables, List<Chart> charts, Performance performance, List<Term> glossary) {

    /** One labelled value. */
    public record Row(String label, String value) {
    }

    public static ReportPage of(ReportFacts f) {
        List<Row> totals = List.of(new Row("本年收入合计", Format.wan(f.incomeTotal())), new Row("本年支出合计", Format.wan(f.expenditureTotal())),
                new Row("全年预算数", Format.wan(f.budgetTotal())));
        return new ReportPage(f.departmentCode(), f.fiscalYear(),
                f.departmentName() + f.fiscalYear() + "年度部门决算及绩效自评公开", f.departmentName(), f.regionName(),
                statusNote(f.submissionStatus()), profile(f.details()), f.details().profile().map(Details.Profile::duties).orElse(List.of()),
                Narrative.of(f), totals, totalsTable(f), StandardTables.of(f), Charts.of(f), Performance.of(f), Glossary.TERMS);
    }

    /** The generated sentences alone, in order. */
    public List<String> summary() {
        return narrative.stream().map(Paragraph::text).toList();
    }

    /** Every table of the page, the totals first, as the spreadsheet download holds them. */
    public List<Table> allTables() {
        List<Table> all = new ArrayList<>();
        all.add(totalsTable);
        all.addAll(tables);
        all.add(performance.scores());
        all.add(performance.items());
        all.add(performance.projects());
        all.add(performance.goals());
        all.addAll(performance.indicators());
        return List.copyOf(all);
    }

    private static Table totalsTable(ReportFacts f) {
        return Table.of("totals", "收入支出总体情况", List.of(Column.text("项目"), Column.number("金额")),
                List.of(Table.Row.of(Cell.text("本年收入合计"), Cell.wan(f.incomeTotal())),
                        Table.Row.of(Cell.text("本年支出合计"), Cell.wan(f.expenditureTotal())),
                        Table.Row.of(Cell.text("全年预算数"), Cell.wan(f.budgetTotal()))), "");
    }

    private static List<Row> profile(Details details) {
        return details.profile().map(p -> {
            List<Row> rows = new ArrayList<>();
            add(rows, "单位性质", p.unitType());
            add(rows, "机构级别", p.rank());
            add(rows, "经费保障形式", p.fundingForm());
            add(rows, "内设机构", p.divisions().isEmpty() ? null : String.join("、", p.divisions()));
            add(rows, "下属预算单位", count(p.subordinateUnits(), p.subordinateUnitParts(), "个"));
            add(rows, "编制数", count(p.authorizedHeadcount(), p.authorizedHeadcountParts(), "人"));
            add(rows, "实有人数", count(p.actualHeadcount(), p.actualHeadcountParts(), "人"));
            add(rows, "离退休人数", count(p.retirees(), "人"));
            return List.copyOf(rows);
        }).orElse(List.of());
    }

    private static void add(List<Row> rows, String label, String value) {
        Optional.ofNullable(value).filter(v -> !v.isBlank()).ifPresent(v -> rows.add(new Row(label, v)));
    }

    private static String count(Integer n, String unit) {
        return n == null ? null : n + unit;
    }

    /** E.g. 4人（其中：公务员编制3人，工勤编制1人）; the parts alone when the total was not stated. */
    private static String count(Integer n, List<Details.Count> parts, String unit) {
        List<String> named = parts.stream().filter(c -> c.count() != null).map(c -> c.name() + c.count() + unit).toList();
        if (named.isEmpty()) {
            return count(n, unit);
        }
        String breakdown = "其中：" + String.join("，", named);
        return n == null ? breakdown : n + unit + "（" + breakdown + "）";
    }

    private static String statusNote(String status) {
        return "ACCEPTED".equals(status) ? "已经财政部门审核" : "部门自评报送稿，尚未经财政部门审核";
    }
}
