package cn.budgetperf.budget.submission;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Filling in a workbook in a test as an accountant would. */
final class Workbooks {

    private Workbooks() {
    }

    static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A number typed into a cell (stored as its decimal text). */
    static void number(XSSFCell cell, String value) {
        cell.setCellType(CellType.NUMERIC);
        cell.getCTCell().setV(value);
    }
}
