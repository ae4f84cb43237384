package cn.budgetperf.portal.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The findings of a submission split by where the form shows them: beside one of the three figure
 * fields, or in the list of the other findings.
 */
public record FindingsByField(List<Map<String, Object>> incomeTotal, List<Map<String, Object>> expenditureTotal,
                       List<Map<String, Object>> budgetTotal, List<Map<String, Object>> others) {

    @SuppressWarnings("unchecked")
    static FindingsByField of(Map<String, Object> submission) {
        Object raw = submission.get("findings");
        List<Map<String, Object>> findings = raw instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        FindingsByField split = new FindingsByField(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Map<String, Object> f : findings) {
            switch (String.valueOf(f.get("location"))) {
                case "figures.incomeTotal" -> split.incomeTotal.add(f);
                case "figures.expenditureTotal" -> split.expenditureTotal.add(f);
                case "figures.budgetTotal" -> split.budgetTotal.add(f);
                default -> split.others.add(f);
            }
        }
        return split;
    }

    public List<Map<String, Object>> all() {
        List<Map<String, Object>> all = new ArrayList<>(incomeTotal);
        all.addAll(expenditureTotal);
        all.addAll(budgetTotal);
        all.addAll(others);
        return all;
    }
}
