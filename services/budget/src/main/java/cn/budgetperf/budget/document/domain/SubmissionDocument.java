package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.Money;
import java.util.List;

/**
 * What a department fills in for one fiscal year. Only the header is required; every section may be
 * missing ({@code null}) while the draft is being filled in, and the rules say what is still lacking.
 * The skeleton's document — header plus {@code figures} — is a valid document.
 */
public record SubmissionDocument(
        String departmentCode,
        String departmentName,
        Integer fiscalYear,
        Figures figures,
        Profile profile,
        Income income,
        Expenditure expenditure,
        BudgetAdjustment budgetAdjustment,
        List<FunctionalLine> functionalLines,
        ThreePublic threePublic,
        Amounts meeting,
        Amounts training,
        Amounts operatingCosts,
        Procurement procurement,
        Assets assets,
        NonTaxRevenue nonTaxRevenue,
        ProjectList projects,
        SelfEvaluation selfEvaluation) {

    public SubmissionDocument {
        if (departmentCode == null || departmentCode.isBlank()) {
            throw new IllegalArgumentException("缺少部门编码");
        }
        DepartmentCode.of(departmentCode);
        departmentName = Checks.required(departmentName, 100, "部门名称");
        if (fiscalYear == null) {
            throw new IllegalArgumentException("缺少年度");
        }
        if (fiscalYear < FiscalYear.FIRST) {
            throw new IllegalArgumentException("年度不能早于" + FiscalYear.FIRST + "年");
        }
        if (fiscalYear > FiscalYear.LAST) {
            throw new IllegalArgumentException("年度不能晚于" + FiscalYear.LAST + "年");
        }
        figures = figures == null ? Figures.NONE : figures;
        functionalLines = Checks.list(functionalLines, "功能分类支出");
    }

    /** The skeleton's document: header and the three totals. */
    public static SubmissionDocument of(String departmentCode, String departmentName, int fiscalYear, Figures figures) {
        return new SubmissionDocument(departmentCode, departmentName, fiscalYear, figures, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    public DepartmentCode department() {
        return DepartmentCode.of(departmentCode);
    }

    public FiscalYear year() {
        return FiscalYear.of(fiscalYear);
    }

    /**
     * The three totals: as declared, else as the detailed tables give them — 本年收入合计 from the income
     * table, 本年支出合计 from the expenditure table, 全年预算数 from its adjusted budget or the budget
     * adjustment. A total neither declared nor derivable stays {@code null}.
     */
    public Figures effectiveFigures() {
        Money income = firstOf(figures.incomeTotal(), actualOf(this.income == null ? null : this.income.total()));
        Money spent = firstOf(figures.expenditureTotal(), actualOf(expenditure == null ? null : expenditure.total()));
        Money budget = firstOf(figures.budgetTotal(),
                expenditure == null || expenditure.total() == null ? null : expenditure.total().adjustedBudget(),
                budgetAdjustment == null ? null : budgetAdjustment.adjusted());
        return new Figures(income, spent, budget);
    }

    private static Money actualOf(Amounts amounts) {
        return amounts == null ? null : amounts.actual();
    }

    private static Money firstOf(Money... candidates) {
        for (Money m : candidates) {
            if (m != null) {
                return m;
            }
        }
        return null;
    }
}
