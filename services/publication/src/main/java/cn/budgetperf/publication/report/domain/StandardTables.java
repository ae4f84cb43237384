package cn.budgetperf.publication.report.domain;

import static cn.budgetperf.publication.report.domain.Format.share;
import static cn.budgetperf.publication.report.domain.Table.Cell;
import static cn.budgetperf.publication.report.domain.Table.Column;
import static cn.budgetperf.publication.report.domain.Table.Row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The standard tables of a 部门决算公开 (the list at the end of seed 001), each built from the reported
 * lines, or saying why it has none: "本表无数据" when the department did not report that part, "本表不适用"
 * when it reported that it has nothing there.
 */
final class StandardTables {

    private static final List<Column> AMOUNTS = List.of(Column.text("项目"), Column.number("预算数"), Column.number("决算数"),
            Column.number("上年决算数"), Column.number("占比"));

    private final ReportFacts facts;
    private final Figures figures;
    private final int year;

    private StandardTables(ReportFacts facts) {
        this.facts = facts;
        this.figures = new Figures(facts.details());
        this.year = facts.fiscalYear();
    }

    static List<Table> of(ReportFacts facts) {
        StandardTables t = new StandardTables(facts);
        return List.of(t.overall(), t.income(), t.expenditure(), t.fiscal(), t.functional(), t.basic(), t.projects(),
                t.fund("governmentFund", "government-fund", "政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款"),
                t.fund("stateCapital", "state-capital", "国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款"),
                t.threePublic(), t.other());
    }

    private static String notReported(String what) {
        return "本表无数据：部门未报送" + what + "。";
    }

    private Table overall() {
        List<Row> rows = new ArrayList<>();
        figures.incomeParts().forEach(l -> rows.add(Row.of(Cell.text(l.name()), Cell.wan(l.actual()))));
        rows.add(new Row(List.of(Cell.text("本年收入合计"), Cell.wan(facts.incomeTotal())), 0, true));
        List<Line> spending = figures.functionalTop().isEmpty() ? figures.natureParts() : figures.functionalTop();
        spending.forEach(l -> rows.add(Row.of(Cell.text(l.name()), Cell.wan(l.actual()))));
        rows.add(new Row(List.of(Cell.text("本年支出合计"), Cell.wan(facts.expenditureTotal())), 0, true));
        return Table.of("overall", "收入支出决算总表", List.of(Column.text("项目"), Column.number("决算数")), rows, "");
    }

    private Table amounts(String id, String title, List<Line> parts, BigDecimal total, Optional<Line> totalLine, String whyEmpty) {
        List<Row> rows = new ArrayList<>();
        for (Line l : parts) {
            rows.add(Row.of(Cell.text(l.name()), Cell.wan(l.fullBudget()), Cell.wan(l.actual()), Cell.wan(l.priorYearActual()),
                    Cell.text(share(l.actual(), total))));
        }
        if (!rows.isEmpty()) {
            Line t = totalLine.orElse(new Line(Figures.TOTAL, "合计", null, null, total, null));
            rows.add(new Row(List.of(Cell.text(t.name()), Cell.wan(t.fullBudget()), Cell.wan(total), Cell.wan(t.priorYearActual()),
                    Cell.text(share(total, total))), 0, true));
        }
        return Table.of(id, title, AMOUNTS, rows, whyEmpty);
    }

    private Table income() {
        return amounts("income", "收入决算表", figures.incomeParts(), facts.incomeTotal(), figures.incomeTotal(), notReported("分来源的收入"));
    }

    private Table expenditure() {
        return amounts("expenditure", "支出决算表（按支出性质）", figures.natureParts(), facts.expenditureTotal(),
                figures.nature(Figures.TOTAL), notReported("按支出性质划分的支出"));
    }

    private Table fiscal() {
        List<Line> lines = figures.fiscalIncome();
        BigDecimal total = Figures.allHaveActual(lines) ? Figures.sumActual(lines) : null;
        return amounts("fiscal", "财政拨款收入支出决算总表", lines, total, Optional.empty(), notReported("财政拨款收入"));
    }

    private Table functional() {
        boolean general = figures.generalBudgetOnly();
        String title = general ? "一般公共预算财政拨款支出决算表（按功能分类科目）" : "支出决算表（按功能分类科目）";
        List<Column> columns = List.of(Column.text("科目编码"), Column.text("科目名称"), Column.number("预算数"), Column.number("决算数"),
                Column.number("完成预算"), Column.number("上年决算数"));
        List<Row> rows = new ArrayList<>();
        for (Line l : figures.functional()) {
            rows.add(new Row(List.of(Cell.text(l.key()), Cell.text(l.name()), Cell.wan(l.fullBudget()), Cell.wan(l.actual()),
                    Cell.text(share(l.actual(), l.fullBudget())), Cell.wan(l.priorYearActual())), Figures.level(l), false));
        }
        if (!rows.isEmpty()) {
            List<Line> top = figures.functionalTop();
            boolean budgets = top.stream().allMatch(l -> l.fullBudget() != null);
            BigDecimal budget = budgets ? top.stream().map(Line::fullBudget).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
            BigDecimal actual = Figures.allHaveActual(top) ? Figures.sumActual(top) : null;
            rows.add(new Row(List.of(Cell.text(""), Cell.text("合计"), Cell.wan(budget), Cell.wan(actual), Cell.text(share(actual, budget)),
                    Cell.wan(Figures.allHavePrior(top) ? Figures.sumPrior(top) : null)), 0, true));
        }
        return Table.of("functional", title, columns, rows, notReported("按政府收支分类科目（类/款/项）划分的支出"));
    }

    private Table basic() {
        List<Line> lines = new ArrayList<>();
        figures.nature("basic").ifPresent(lines::add);
        figures.nature("personnel").ifPresent(lines::add);
        figures.nature("publicFunds").ifPresent(lines::add);
        List<Column> columns = List.of(Column.text("项目"), Column.number("预算数"), Column.number("决算数"), Column.number("上年决算数"));
        List<Row> rows = lines.stream().map(l -> new Row(List.of(Cell.text(l.name()), Cell.wan(l.fullBudget()), Cell.wan(l.actual()),
                Cell.wan(l.priorYearActual())), "basic".equals(l.key()) ? 0 : 1, "basic".equals(l.key()))).toList();
        return Table.of("basic", "基本支出决算表", columns, rows, notReported("基本支出（人员经费、公用经费）"));
    }

    private Table projects() {
        List<Column> columns = List.of(Column.text("项目编码"), Column.text("项目名称"), Column.text("类型"), Column.number("预算数"),
                Column.number("决算数"), Column.number("执行率"), Column.number("结余交回"), Column.number("自评得分"));
        List<Row> rows = facts.details().projects().stream().map(p -> {
            BigDecimal budget = p.adjustedBudget() != null ? p.adjustedBudget() : p.budget();
            return Row.of(Cell.text(p.code()), Cell.text(p.name()), Cell.text(kind(p.kind())), Cell.wan(budget), Cell.wan(p.actual()),
                    Cell.text(share(p.actual(), budget)), Cell.wan(p.balanceReturned()),
                    Cell.text(p.selfScore() == null ? "—" : Format.two(p.selfScore())));
        }).toList();
        String why = figures.nature("project").filter(l -> l.actual() != null && l.actual().signum() == 0).isPresent()
                ? "本部门" + year + "年度无项目支出，本表不适用。" : notReported("项目支出明细");
        return Table.of("projects", "项目支出决算表", columns, rows, why);
    }

    private static String kind(String kind) {
        if ("ONGOING".equals(kind)) {
            return "常年项目";
        }
        return "ONE_OFF".equals(kind) ? "一次性项目" : "—";
    }

    private Table fund(String key, String id, String title, String what) {
        Optional<Line> line = figures.income(key);
        List<Row> rows = line.filter(Line::hasActual).map(l -> List.of(Row.of(Cell.text(l.name()), Cell.wan(l.fullBudget()),
                Cell.wan(l.actual()), Cell.wan(l.priorYearActual()), Cell.text(share(l.actual(), facts.incomeTotal()))))).orElse(List.of());
        String why = figures.incomeParts().isEmpty() ? notReported("分来源的收入")
                : "本部门" + year + "年度无" + what + "收入、支出，本表不适用。";
        return Table.of(id, title, AMOUNTS, rows, why);
    }

    private Table threePublic() {
        List<Column> columns = List.of(Column.text("项目"), Column.number("预算数"), Column.number("决算数"), Column.number("上年决算数"),
                Column.text("较上年"));
        List<Row> rows = facts.details().threePublic().stream().map(l -> new Row(List.of(Cell.text(l.name()), Cell.wan(l.fullBudget()),
                Cell.wan(l.actual()), Cell.wan(l.priorYearActual()),
                Cell.text(l.actual() != null && l.priorYearActual() != null ? Format.change(l.actual(), l.priorYearActual()) : "—")),
                0, Figures.TOTAL.equals(l.key()))).toList();
        return Table.of("three-public", "财政拨款“三公”经费支出决算表", columns, rows, notReported("“三公”经费"));
    }

    private Table other() {
        List<Column> columns = List.of(Column.text("项目"), Column.number("决算数"), Column.number("上年决算数"));
        List<Row> rows = new ArrayList<>();
        facts.details().controlled().forEach(l -> rows.add(Row.of(Cell.text(l.name()), Cell.wan(l.actual()), Cell.wan(l.priorYearActual()))));
        facts.details().procurement().forEach(l -> rows.add(Row.of(Cell.text(l.name()), Cell.wan(l.actual()), Cell.wan(l.priorYearActual()))));
        return Table.of("other", "机关运行经费、会议费、培训费和政府采购情况表", columns, rows, notReported("机关运行经费和政府采购情况"));
    }
}
