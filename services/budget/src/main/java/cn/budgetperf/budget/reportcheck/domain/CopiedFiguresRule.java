package cn.budgetperf.budget.reportcheck.domain;

import java.util.List;
import java.util.Objects;

/**
 * Two lists of at least three non-zero parts, one of 预算 and one of 决算, with the same items and the
 * same amounts line for line: the final account was probably copied from the budget (DESIGN §6.1).
 */
final class CopiedFiguresRule implements Rule {

    @Override
    public void check(Report report, Findings findings) {
        List<Breakdown> lists = report.breakdowns().stream().filter(CopiedFiguresRule::substantial).toList();
        for (int i = 0; i < lists.size(); i++) {
            for (int j = i + 1; j < lists.size(); j++) {
                Breakdown a = lists.get(i);
                Breakdown b = lists.get(j);
                if (!budgetAndAccount(report, a, b)) {
                    continue;
                }
                findings.checked();
                if (same(report, a, b)) {
                    findings.add(ReportRule.COPIED_FIGURES, "此处" + b.parts().size() + "项数字与第" + report.text().lineOf(
                                    a.markerStart()) + "行的" + b.parts().size() + "项逐项相同，而一处是预算、一处是决算；"
                                    + "请核实决算是否照抄了预算。",
                            b.start(report), b.end(), "决算数为实际执行数", "与预算逐项相同");
                }
            }
        }
    }

    private static boolean substantial(Breakdown b) {
        return b.parts().stream().filter(p -> p.amount().isMoney() && p.amount().value().signum() != 0).count() >= 3;
    }

    private static boolean same(Report report, Breakdown a, Breakdown b) {
        if (a.parts().size() != b.parts().size()) {
            return false;
        }
        for (int k = 0; k < a.parts().size(); k++) {
            Breakdown.Part p = a.parts().get(k);
            Breakdown.Part q = b.parts().get(k);
            if (p.amount().comparable().compareTo(q.amount().comparable()) != 0 || !Objects.equals(p.label(), q.label())) {
                return false;
            }
        }
        return true;
    }

    private static boolean budgetAndAccount(Report report, Breakdown a, Breakdown b) {
        String first = report.s().substring(a.sentence().start(), a.sentence().end());
        String second = report.s().substring(b.sentence().start(), b.sentence().end());
        return (first.contains("预算") && !first.contains("决算") && second.contains("决算"))
                || (second.contains("预算") && !second.contains("决算") && first.contains("决算"));
    }
}
