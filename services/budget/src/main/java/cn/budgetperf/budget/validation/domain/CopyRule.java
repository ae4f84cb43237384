package cn.budgetperf.budget.validation.domain;

import static cn.budgetperf.budget.validation.domain.Category.PLAUSIBILITY;
import static cn.budgetperf.budget.validation.domain.Severity.WARNING;

import cn.budgetperf.budget.document.domain.Column;
import cn.budgetperf.budget.document.domain.FunctionalLine;
import cn.budgetperf.budget.document.domain.Line;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.contracts.values.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * A final account identical to the budget on every line is suspicious: it is what a copied table looks
 * like (DESIGN §6.3: 徐水总工会's 2023 决算 equals its 2024 budget line for line). Compared are the
 * 年初预算数 with this year's and with last year's 决算数, over every line of the income, expenditure and
 * functional tables where both are reported; at least {@value #MIN_LINES} such lines, none of them
 * different, at least one of them non-zero.
 */
final class CopyRule {

    static final int MIN_LINES = 3;

    private CopyRule() {
    }

    static List<Rule> all() {
        return List.of(Rule.of("COPY-001", PLAUSIBILITY, WARNING, "决算数与预算数逐行相同（疑似照抄）",
                "{column}与年初预算数在全部{lines}行上完全相同（如{example}），疑似照抄预算数，请核实；如确实如此，请说明。",
                List.of("income.*.budget", "income.*.actual", "income.*.priorYearActual", "expenditure.*.budget",
                        "expenditure.*.actual", "expenditure.*.priorYearActual", "functionalLines[].budget",
                        "functionalLines[].actual", "functionalLines[].priorYearActual"),
                CopyRule::check));
    }

    private record Pair(String label, Money budget, Money other) {
    }

    private static void check(SubmissionDocument d, ClassificationCatalog c, Emitter out) {
        for (Column column : List.of(Column.ACTUAL, Column.PRIOR_YEAR_ACTUAL)) {
            List<Pair> pairs = pairs(d, column);
            boolean allEqual = pairs.stream().allMatch(p -> p.budget().equals(p.other()));
            boolean anyNonZero = pairs.stream().anyMatch(p -> p.budget().wanYuan().signum() != 0);
            if (pairs.size() >= MIN_LINES && allEqual && anyNonZero) {
                Pair example = pairs.stream().filter(p -> p.budget().wanYuan().signum() != 0).findFirst().orElseThrow();
                out.fire(column == Column.ACTUAL ? "document.actual" : "document.priorYearActual", "与预算数不同",
                        "与预算数相同", "column", column.label(), "lines", pairs.size(),
                        "example", example.label() + Fmt.wan(example.budget()) + "万元");
            }
        }
    }

    private static List<Pair> pairs(SubmissionDocument d, Column column) {
        List<Line> lines = new ArrayList<>();
        if (d.income() != null) {
            lines.addAll(d.income().lines());
        }
        if (d.expenditure() != null) {
            lines.addAll(d.expenditure().lines());
        }
        for (FunctionalLine f : d.functionalLines()) {
            lines.add(new Line("functionalLines." + f.code(), f.code() + (f.name() == null ? "" : f.name()), f.amounts()));
        }
        return lines.stream()
                .filter(l -> l.at(Column.BUDGET) != null && l.at(column) != null)
                .map(l -> new Pair(l.label(), l.at(Column.BUDGET), l.at(column)))
                .toList();
    }
}
