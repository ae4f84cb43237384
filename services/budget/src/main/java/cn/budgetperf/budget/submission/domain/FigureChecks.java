package cn.budgetperf.budget.submission.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The checks the skeleton runs on a submission's totals; the rule registry of DESIGN §6.1 grows from here. */
public final class FigureChecks {

    private FigureChecks() {
    }

    public static List<Finding> check(Figures figures) {
        List<Finding> findings = new ArrayList<>();
        BigDecimal budget = figures.budgetTotal().wanYuan();
        BigDecimal spent = figures.expenditureTotal().wanYuan();
        if (budget.signum() == 0 && spent.signum() > 0) {
            findings.add(new Finding("EXEC-001", Finding.Severity.ERROR,
                    "全年预算数为0，但本年支出合计为" + figures.expenditureTotal().display() + "万元，无法计算预算执行率。",
                    "figures.budgetTotal", "> 0", figures.budgetTotal().toString()));
        } else if (budget.signum() > 0 && spent.compareTo(budget) > 0) {
            BigDecimal rate = spent.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
            findings.add(new Finding("EXEC-002", Finding.Severity.WARNING,
                    "本年支出合计" + figures.expenditureTotal().display() + "万元超过全年预算数"
                            + figures.budgetTotal().display() + "万元（执行率" + rate.toPlainString() + "%），请说明原因。",
                    "figures.expenditureTotal", "≤ " + figures.budgetTotal(), figures.expenditureTotal().toString()));
        }
        return List.copyOf(findings);
    }
}
