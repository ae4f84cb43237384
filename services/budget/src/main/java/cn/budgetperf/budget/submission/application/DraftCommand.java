package cn.budgetperf.budget.submission.application;

import cn.budgetperf.budget.submission.domain.Figures;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;

/** The content of a draft as a department sends it. */
public record DraftCommand(DepartmentCode department, String departmentName, FiscalYear year, Figures figures) {
}
