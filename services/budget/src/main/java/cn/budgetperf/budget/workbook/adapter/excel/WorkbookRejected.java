package cn.budgetperf.budget.workbook.adapter.excel;

import java.util.List;

/** An upload that cannot become a document: every bad cell, or why the file cannot be read at all. */
public class WorkbookRejected extends RuntimeException {

    private final List<CellError> errors;

    public WorkbookRejected(String message, List<CellError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<CellError> errors() {
        return errors;
    }
}
