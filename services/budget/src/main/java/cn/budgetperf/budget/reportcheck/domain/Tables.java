package cn.budgetperf.budget.reportcheck.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a report in the layout that Word-to-text conversion (and {@code DocxText}) gives
 * them: each cell starts a line with a tab, a cell may go on over untabbed lines, and a blank line
 * ends a row.
 */
final class Tables {

    /** A cell's text (lines joined with a line break) and where it stands. */
    record Cell(String text, int start, int end) {

        boolean isBlank() {
            return text.isBlank();
        }
    }

    record Row(List<Cell> cells) {
    }

    record Table(List<Row> rows) {
    }

    private Tables() {
    }

    static List<Table> of(String s) {
        List<Table> tables = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = s.length();
            }
            String line = s.substring(lineStart, lineEnd);
            if (line.startsWith("\t")) {
                cells.add(new Cell(line.substring(1).strip(), lineStart + 1, lineEnd));
            } else if (line.isBlank()) {
                if (!cells.isEmpty()) {
                    rows.add(new Row(List.copyOf(cells)));
                    cells.clear();
                }
            } else if (!cells.isEmpty()) {
                Cell last = cells.remove(cells.size() - 1);
                cells.add(new Cell((last.text() + "\n" + line.strip()).strip(), last.start(), lineEnd));
            } else if (!rows.isEmpty()) {
                tables.add(new Table(List.copyOf(rows)));
                rows.clear();
            }
            lineStart = lineEnd + 1;
        }
        if (!cells.isEmpty()) {
            rows.add(new Row(List.copyOf(cells)));
        }
        if (!rows.isEmpty()) {
            tables.add(new Table(List.copyOf(rows)));
        }
        return tables;
    }
}
