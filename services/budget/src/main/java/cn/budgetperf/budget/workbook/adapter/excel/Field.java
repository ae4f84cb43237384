package cn.budgetperf.budget.workbook.adapter.excel;

/**
 * One value of the document in the workbook.
 *
 * @param path  where it sits in the document's JSON, dotted (relative to a list's element in a table)
 * @param label the Chinese label in column A or in the header row
 * @param kind  what the cell holds
 */
record Field(String path, String label, Kind kind) {
}
