package cn.budgetperf.budget.workbook.adapter.excel;

/**
 * A bad cell of an uploaded workbook.
 *
 * @param sheet   the sheet's name
 * @param row     the row as Excel numbers it (from 1)
 * @param column  the column letter
 * @param cell    the cell reference, e.g. {@code C5}
 * @param message what is wrong, in Chinese
 */
public record CellError(String sheet, int row, String column, String cell, String message) {
}
