package cn.budgetperf.budget.reportcheck.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a .docx in document order, paragraphs one per line and tables in the layout of the seed
 * reports (each cell on a line that starts with a tab, a blank line after each row), so that the
 * engine reads both the same way.
 */
final class DocxText {

    private DocxText() {
    }

    static String of(byte[] bytes) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                append(text, element);
            }
            return text.toString();
        }
    }

    private static void append(StringBuilder text, IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            text.append(paragraph.getText()).append('\n');
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    text.append('\t');
                    StringBuilder content = new StringBuilder();
                    for (IBodyElement inner : cell.getBodyElements()) {
                        append(content, inner);
                    }
                    text.append(content.toString().strip().replaceAll("\n\\s*\n", "\n").replace("\n\t", "\n ")).append('\n');
                }
                text.append('\n');
            }
        }
    }
}
