package cn.budgetperf.budget.workbook.adapter.excel;

import java.util.List;

/** The shape of one sheet. */
sealed interface SheetSpec {

    String name();

    /** Label in column A, value in column B. */
    record Fields(String name, List<Field> fields) implements SheetSpec {
    }

    /** A fixed table: one row per line (path of an amounts object), columns 年初预算数, 调整后预算数, 决算数, 上年决算数. */
    record AmountRows(String name, List<Field> rows) implements SheetSpec {
    }

    /** A list: a header row, then one row per element of the array at {@code arrayPath}. */
    record Table(String name, String arrayPath, List<Field> columns) implements SheetSpec {
    }

    /**
     * Several small lists in one sheet: column A names the group, the other columns the element's fields.
     *
     * @param groups group label → array path
     */
    record Groups(String name, List<Field> groups, List<Field> columns) implements SheetSpec {
    }
}
