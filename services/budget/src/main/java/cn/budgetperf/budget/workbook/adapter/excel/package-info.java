/**
 * The submission as an Excel workbook (Apache POI, ADRs 0007 and 0009): one sheet per standard table, laid out by
 * {@code WorkbookLayout}; the writer fills it from a document (the blank template or an export), the
 * reader turns a filled workbook back into a document and reports every bad cell by sheet, row and
 * column. Amounts are read and written as the decimal text the file stores, never through binary
 * floating point.
 */
package cn.budgetperf.budget.workbook.adapter.excel;
