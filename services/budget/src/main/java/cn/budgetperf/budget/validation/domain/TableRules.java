package cn.budgetperf.budget.validation.domain;

import static cn.budgetperf.budget.validation.domain.Category.ACCURACY;
import static cn.budgetperf.budget.validation.domain.Category.PLAUSIBILITY;
import static cn.budgetperf.budget.validation.domain.Severity.ERROR;
import static cn.budgetperf.budget.validation.domain.Severity.WARNING;

import cn.budgetperf.budget.document.domain.Column;
import cn.budgetperf.budget.document.domain.Expenditure;
import cn.budgetperf.budget.document.domain.Income;
import cn.budgetperf.budget.document.domain.Line;
import cn.budgetperf.contracts.values.Money;
import java.util.ArrayList;
import java.util.List;

/** The income and expenditure tables: totals against sources and natures, 基本支出 against its parts. */
final class TableRules {

    private TableRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("INC-001", ACCURACY, ERROR, "收入合计与各项收入之和不符", "收入决算表{label}" + SumCheck.TAIL,
                        List.of("income.total", "income.generalPublicBudget", "income.governmentFund", "income.stateCapital",
                                "income.fiscalAppropriation", "income.fiscalSpecialAccount", "income.superiorSubsidy",
                                "income.businessIncome", "income.operatingIncome", "income.subordinateRemittance", "income.other"),
                        (d, c, out) -> {
                            if (d.income() != null) {
                                SumCheck.columns(out, d.income().totalLine(), col -> incomeParts(d.income(), col), true);
                            }
                        }),
                Rule.of("INC-002", ACCURACY, ERROR, "财政拨款收入与其构成不符", "收入决算表{label}" + SumCheck.TAIL,
                        List.of("income.fiscalAppropriation", "income.generalPublicBudget", "income.governmentFund",
                                "income.stateCapital"),
                        (d, c, out) -> {
                            if (d.income() != null) {
                                SumCheck.columns(out, d.income().fiscal(), col -> SumCheck.parts(d.income().fiscalParts(), col), true);
                            }
                        }),
                Rule.of("EXP-001", ACCURACY, ERROR, "支出合计与各类支出之和不符", "支出决算表{label}" + SumCheck.TAIL,
                        List.of("expenditure.total", "expenditure.basic", "expenditure.personnel", "expenditure.publicFunds",
                                "expenditure.project", "expenditure.remittanceToSuperior", "expenditure.operating",
                                "expenditure.subsidyToSubordinate"),
                        (d, c, out) -> {
                            if (d.expenditure() != null) {
                                SumCheck.columns(out, d.expenditure().totalLine(), col -> natureParts(d.expenditure(), col), true);
                            }
                        }),
                Rule.of("EXP-002", ACCURACY, ERROR, "基本支出与人员经费、公用经费之和不符", "支出决算表{label}" + SumCheck.TAIL,
                        List.of("expenditure.basic", "expenditure.personnel", "expenditure.publicFunds"),
                        (d, c, out) -> {
                            if (d.expenditure() != null) {
                                SumCheck.columns(out, d.expenditure().basicLine(),
                                        col -> SumCheck.parts(d.expenditure().basicParts(), col), true);
                            }
                        }),
                Rule.of("EXEC-004", PLAUSIBILITY, WARNING, "项目支出结余率超过10%",
                        "项目支出结余率{rate}%超过10%：预算数{budget}万元，决算数{spent}万元，结余{balance}万元。请说明原因。",
                        List.of("expenditure.project.adjustedBudget", "expenditure.project.budget", "expenditure.project.actual"),
                        (d, c, out) -> {
                            if (d.expenditure() != null && d.expenditure().project() != null) {
                                var p = d.expenditure().project();
                                TotalRules.balanceRate(out, "expenditure.project.actual",
                                        p.adjustedBudget() != null ? p.adjustedBudget() : p.budget(), p.actual());
                            }
                        }));
    }

    /** 财政拨款 as its three parts, or as the subtotal where only that is reported; then the other sources. */
    static List<Sums.Part> incomeParts(Income income, Column column) {
        List<Sums.Part> parts = new ArrayList<>();
        List<Line> fiscalParts = income.fiscalParts();
        boolean partsReported = fiscalParts.stream().anyMatch(l -> l.at(column) != null);
        if (partsReported || income.fiscal().at(column) == null) {
            parts.addAll(SumCheck.parts(fiscalParts, column));
        } else {
            parts.add(Sums.Part.of(income.fiscal().at(column)));
        }
        parts.addAll(SumCheck.parts(income.otherSources(), column));
        return parts;
    }

    /** 基本支出 as reported, or as 人员经费 + 公用经费 where only those are; then the other natures. */
    static List<Sums.Part> natureParts(Expenditure e, Column column) {
        List<Sums.Part> parts = new ArrayList<>();
        Money basic = e.basicLine().at(column);
        List<Money> basicParts = e.basicParts().stream().map(l -> l.at(column)).toList();
        if (basic != null) {
            parts.add(Sums.Part.of(basic));
        } else if (basicParts.stream().allMatch(java.util.Objects::nonNull)) {
            parts.add(new Sums.Part(Sums.sum(basicParts), 2));
        } else {
            parts.add(Sums.Part.of(null));
        }
        parts.addAll(SumCheck.parts(e.otherNatures(), column));
        return parts;
    }
}
