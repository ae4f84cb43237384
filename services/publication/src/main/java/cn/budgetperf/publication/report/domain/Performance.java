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
 * @param summary           rows of the score table, empty until a score exists
 * @param items             the scored items (self-score beside the final points)
 * @param projects          the projects' self-evaluation scores
 * @param problems          存在问题, as the department wrote them
 * @param measures          改进措施, as the department wrote them
 * @param resultApplication 结果应用, as the department wrote it
 */
public record Performance(List<ReportPage.Row> summary, Table items, Table projects, List<String> problems, List<String> measures,
                          Optional<String> resultApplication) {

    static Performance of(ReportFacts f) {
        Optional<Details.Evaluation> evaluation = f.details().evaluation();
        return new Performance(summary(f), items(f), projects(f),
                evaluation.map(Details.Evaluation::problems).orElse(List.of()),
                evaluation.map(Details.Evaluation::measures).orElse(List.of()),
                evaluation.map(Details.Evaluation::resultApplication).filter(s -> !s.isBlank()));
    }

    private static List<ReportPage.Row> summary(ReportFacts f) {
        return f.score().map(s -> {
            List<ReportPage.Row> rows = new ArrayList<>();
            rows.add(new ReportPage.Row("预算执行率", two(s.executionRate()) + "%"));
            if (s.reviewed()) {
                rows.add(new ReportPage.Row("部门自评得分", two(s.selfTotal()) + " / " + two(s.max())));
                rows.add(new ReportPage.Row("部门自评换算得分及等级", two(s.selfConverted()) + "（" + s.selfGrade() + "）"));
                rows.add(new ReportPage.Row("财政复核得分", two(s.total()) + " / " + two(s.max())));
            } else {
                rows.add(new ReportPage.Row("自评得分", two(s.total()) + " / " + two(s.max())));
            }
            rows.add(new ReportPage.Row("换算得分", two(s.converted())));
            rows.add(new ReportPage.Row("评价等级", s.grade()));
            return List.copyOf(rows);
        }).orElse(List.of());
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

    private static Table projects(ReportFacts f) {
        List<Column> columns = List.of(Column.text("项目编码"), Column.text("项目名称"), Column.number("预算执行率"), Column.number("部门自评"),
                Column.number("最终得分"), Column.text("等级"));
        List<Row> rows = f.score().map(s -> s.projects().stream().map(p -> Row.of(Cell.text(p.code()), Cell.text(p.name()),
                Cell.text(p.executionRate() == null ? "—" : two(p.executionRate()) + "%"), Cell.text(two(p.selfTotal())),
                Cell.text(two(p.total()) + " / " + two(p.maxTotal())), Cell.text(p.grade()))).toList()).orElse(List.of());
        return Table.of("project-scores", "项目支出绩效自评结果表", columns, rows, "本表无数据：本年度没有报送项目支出绩效自评。");
    }
}
