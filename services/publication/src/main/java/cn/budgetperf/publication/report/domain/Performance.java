package cn.budgetperf.publication.report.domain;

import static cn.budgetperf.publication.report.domain.Format.two;

import cn.budgetperf.publication.report.domain.Table.Cell;
import cn.budgetperf.publication.report.domain.Table.Column;
import cn.budgetperf.publication.report.domain.Table.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 绩效自评结果: the score and grade with the bureau's 复核 beside the self-score, the scored items, the
 * projects' scores, and the department's own words on 存在问题, 改进措施 and 结果应用.
 *
 * @param scores            the score table: the self-score, and the bureau's 复核 beside it once it re-scored; says
 *                          why it is empty until a score exists
 * @param items             the scored items (self-score beside the final points)
 * @param projects          the projects' self-evaluation scores
 * @param goals             the overall goals table (职能 → 工作活动 → 年度工作目标 → 对应项目支出)
 * @param indicators        per project, its indicators with targets and actuals (one table saying why when there are none)
 * @param problems          存在问题, as the department wrote them
 * @param measures          改进措施, as the department wrote them
 * @param resultApplication 结果应用, as the department wrote it
 */
public record Performance(Table scores, Table items, Table projects, Table goals, List<Table> indicators,
                          List<String> problems, List<String> measures, Optional<String> resultApplication) {

    static Performance of(ReportFacts f) {
        Optional<Details.Evaluation> evaluation = f.details().evaluation();
        return new Performance(scores(f), items(f), projects(f), goals(f.goals()), indicators(f.goals()),
                evaluation.map(Details.Evaluation::problems).orElse(List.of()),
                evaluation.map(Details.Evaluation::measures).orElse(List.of()),
                evaluation.map(Details.Evaluation::resultApplication).filter(s -> !s.isBlank()));
    }

    /**
     * 绩效自评得分: the department's own score in one column and, once the bureau re-scored (复核), the
     * bureau's beside it — score, converted score and grade each side by side; the bureau's column is
     * the published result.
     */
    private static Table scores(ReportFacts f) {
        boolean reviewed = f.score().map(ReportFacts.Score::reviewed).orElse(false);
        List<Column> columns = reviewed
                ? List.of(Column.text("项目"), Column.number("部门自评"), Column.number("财政复核（公开结果）"))
                : List.of(Column.text("项目"), Column.number("部门自评"));
        List<Row> rows = f.score().map(s -> reviewed
                ? List.of(Row.of(Cell.text("预算执行率"), Cell.text(two(s.executionRate()) + "%"), Cell.text(two(s.executionRate()) + "%")),
                        Row.of(Cell.text("自评得分 / 复核得分"), Cell.text(two(s.selfTotal()) + " / " + two(s.max())),
                                Cell.text(two(s.total()) + " / " + two(s.max()))),
                        Row.of(Cell.text("换算得分"), Cell.text(two(s.selfConverted())), Cell.text(two(s.converted()))),
                        Row.of(Cell.text("评价等级"), Cell.text(s.selfGrade()), Cell.text(s.grade())))
                : List.of(Row.of(Cell.text("预算执行率"), Cell.text(two(s.executionRate()) + "%")),
                        Row.of(Cell.text("自评得分"), Cell.text(two(s.total()) + " / " + two(s.max()))),
                        Row.of(Cell.text("换算得分"), Cell.text(two(s.converted()))),
                        Row.of(Cell.text("评价等级"), Cell.text(s.grade())))).orElse(List.of());
        return Table.of("score-summary", reviewed ? "绩效自评得分及财政复核得分" : "绩效自评得分", columns, rows,
                "评分计算中，请稍后刷新。");
    }

    private static Table items(ReportFacts f) {
        List<Column> columns = List.of(Column.text("评价项目"), Column.number("分值"), Column.number("部门自评"), Column.number("财政复核"),
                Column.text("复核说明"));
        List<Row> rows = new ArrayList<>();
        f.score().ifPresent(s -> s.items().forEach(i -> rows.add(Row.of(Cell.text(i.name()), Cell.text(two(i.maxPoints())),
                Cell.text(two(i.selfPoints())), Cell.text(two(i.points())), Cell.text(i.reviewReason())))));
        if (rows.isEmpty()) {
            f.details().evaluation().ifPresent(e -> e.items().forEach(i -> rows.add(Row.of(
                    Cell.text(i.group() == null || i.group().isBlank() ? i.name() : i.group() + " › " + i.name()),
                    Cell.text(i.applicable() ? two(i.maxPoints()) : "不适用"), Cell.text(i.score() == null ? "（未填）" : two(i.score())),
                    Cell.text("—"), Cell.text(i.note())))));
        }
        return Table.of("score-items", "绩效自评评分表", columns, rows, "本表无数据：评分尚未给出分项得分。");
    }

    private static Table goals(Goals goals) {
        List<Column> columns = List.of(Column.text("职能"), Column.text("工作活动"), Column.text("年度工作目标"), Column.text("对应项目支出"));
        List<Row> rows = goals.departmentGoals().stream().map(g -> Row.of(Cell.text(g.function()), Cell.text(g.activity()),
                Cell.text(g.annualTarget()), Cell.text(g.projectExpenditure()))).toList();
        return Table.of("department-goals", "部门整体绩效目标表", columns, rows, "本表无数据：部门尚未报送部门整体绩效目标。");
    }

    private static List<Table> indicators(Goals goals) {
        List<Column> columns = List.of(Column.text("一级指标"), Column.text("二级指标"), Column.text("三级指标"), Column.text("性质"),
                Column.text("指标值"), Column.text("度量单位"), Column.text("实际完成值"), Column.number("分值"), Column.text("偏差原因"));
        if (goals.projects().isEmpty()) {
            return List.of(Table.of("indicators", "项目绩效指标完成情况表", columns, List.of(), "本表无数据：部门尚未报送项目绩效目标和指标。"));
        }
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < goals.projects().size(); i++) {
            Goals.ProjectGoals p = goals.projects().get(i);
            List<Row> rows = p.indicators().stream().map(x -> Row.of(Cell.text(x.level1()), Cell.text(x.level2()), Cell.text(x.name()),
                    Cell.text(x.comparator()), Cell.text(x.target()), Cell.text(x.unit()), Cell.text(x.actual()), Cell.text(x.weight()),
                    Cell.text(x.deviationReason()))).toList();
            String title = "项目绩效指标完成情况表：" + p.name() + (p.overallTarget() == null || p.overallTarget().isBlank() ? ""
                    : "（年度总体目标：" + p.overallTarget() + "）");
            tables.add(Table.of("indicators-" + (i + 1), title, columns, rows, "本表无数据：该项目未报送绩效指标。"));
        }
        return List.copyOf(tables);
    }

    private static Table projects(ReportFacts f) {
        List<Column> columns = List.of(Column.text("项目编码"), Column.text("项目名称"), Column.number("预算执行率"), Column.number("部门自评"),
                Column.number("最终得分"), Column.text("等级"));
        List<Row> rows = f.score().map(s -> s.projects().stream().map(p -> Row.of(Cell.text(p.code()), Cell.text(p.name()),
                Cell.text(p.executionRate() == null ? "—" : two(p.executionRate()) + "%"), Cell.text(two(p.selfTotal())),
                Cell.text(two(p.total()) + " / " + two(p.maxTotal())), Cell.text(p.grade()))).toList()).orElse(List.of());
        return Table.of("project-scores", "项目支出绩效自评结果表", columns, rows, "本表无数据：本年度没有报送项目支出绩效自评。");
    }
}
