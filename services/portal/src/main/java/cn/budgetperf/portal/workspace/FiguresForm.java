package cn.budgetperf.portal.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three core figures as typed, in 万元. */
public record FiguresForm(String incomeTotal, String expenditureTotal, String budgetTotal) {

    static final Map<String, String> LABELS = Map.of(
            "incomeTotal", "收入合计", "expenditureTotal", "支出合计", "budgetTotal", "年初预算数");

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        add(problems, Amounts.problemWith(LABELS.get("incomeTotal"), incomeTotal));
        add(problems, Amounts.problemWith(LABELS.get("expenditureTotal"), expenditureTotal));
        add(problems, Amounts.problemWith(LABELS.get("budgetTotal"), budgetTotal));
        return problems;
    }

    Map<String, Object> asJson() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("incomeTotal", blankToNull(incomeTotal));
        figures.put("expenditureTotal", blankToNull(expenditureTotal));
        figures.put("budgetTotal", blankToNull(budgetTotal));
        return figures;
    }

    static FiguresForm of(Map<String, Object> figures) {
        if (figures == null) {
            return new FiguresForm("", "", "");
        }
        return new FiguresForm(text(figures.get("incomeTotal")), text(figures.get("expenditureTotal")), text(figures.get("budgetTotal")));
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void add(List<String> problems, String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }
}
