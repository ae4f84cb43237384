package cn.budgetperf.publication.report.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A standard table as the reader sees it, in the page, the PDF and the spreadsheet alike: its columns,
 * its rows of display strings (with the exact number behind each amount for the spreadsheet), and,
 * when it has no rows, the sentence that says why ("本表无数据…" or "…本表不适用").
 *
 * @param id        a stable anchor, also the spreadsheet's sheet order
 * @param title     e.g. 收入决算表
 * @param emptyNote why the table has no rows; empty when it has rows
 */
public record Table(String id, String title, List<Column> columns, List<Row> rows, Optional<String> emptyNote) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (rows.isEmpty() == emptyNote.isEmpty()) {
            throw new IllegalArgumentException("a table either has rows or says why it has none: " + id);
        }
    }

    static Table of(String id, String title, List<Column> columns, List<Row> rows, String whyEmpty) {
        return new Table(id, title, columns, rows, rows.isEmpty() ? Optional.of(whyEmpty) : Optional.empty());
    }

    public boolean hasRows() {
        return !rows.isEmpty();
    }

    /** True when the table holds amounts (its caption then names the unit, 万元). */
    public boolean inWanYuan() {
        return rows.stream().anyMatch(r -> r.cells().stream().anyMatch(Cell::isAmount));
    }

    /** A column heading; numeric columns are right-aligned. */
    public record Column(String label, boolean numeric) {

        static Column text(String label) {
            return new Column(label, false);
        }

        static Column number(String label) {
            return new Column(label, true);
        }
    }

    /**
     * A row; {@code level} indents classification lines (0 = 类, 1 = 款, 2 = 项) and {@code total} marks a
     * total line.
     */
    public record Row(List<Cell> cells, int level, boolean total) {

        public Row {
            cells = List.copyOf(cells);
        }

        static Row of(Cell... cells) {
            return new Row(List.of(cells), 0, false);
        }
    }

    /** A cell's text, and for an amount the exact value behind it (for the spreadsheet); {@code null} otherwise. */
    public record Cell(String text, BigDecimal amount) {

        static Cell text(String text) {
            return new Cell(text == null ? "" : text, null);
        }

        static Cell wan(BigDecimal amount) {
            return new Cell(Format.wan(amount), amount);
        }

        public boolean isAmount() {
            return amount != null;
        }
    }
}
