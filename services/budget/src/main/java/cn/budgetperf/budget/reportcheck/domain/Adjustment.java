package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The amounts of a budget adjustment written on one line: 追加 (or 调增), 调减 and the adjusted total
 * (全年预算, 调整后预算, 总预算数) that follow the initial budget.
 */
record Adjustment(Quantity added, Quantity reduced, Quantity total) {

    static final Pattern INITIAL = Pattern.compile("年初预算");
    private static final Pattern ADDED = Pattern.compile("追加|调增");
    private static final Pattern REDUCED = Pattern.compile("调减");
    private static final Pattern TOTAL = Pattern.compile("全年预算|调整后预算|调整预算|总预算|预算总额|预算总数");

    /** The adjustment written after an offset on its line, or null. */
    static Adjustment after(Report report, int offset) {
        String s = report.s();
        int lineEnd = s.indexOf('\n', offset);
        int end = lineEnd < 0 ? s.length() : lineEnd;
        List<Quantity> money = report.quantities().stream()
                .filter(q -> q.start() >= offset && q.end() <= end && q.isMoney() && q.exact()).toList();
        Quantity added = null;
        Quantity reduced = null;
        for (Quantity q : money) {
            String label = report.label(q);
            if (added == null && reduced == null && INITIAL.matcher(label).find()) {
                return null;
            }
            if (ADDED.matcher(label).find() && added == null) {
                added = q;
            } else if (REDUCED.matcher(label).find() && reduced == null) {
                reduced = q;
            } else if ((added != null || reduced != null) && TOTAL.matcher(label).find()) {
                return new Adjustment(added, reduced, q);
            }
        }
        return null;
    }

    /** The adjusted total an initial budget gives with these amounts. */
    BigDecimal from(BigDecimal initial) {
        BigDecimal result = initial;
        if (added != null) {
            result = result.add(added.wanYuan());
        }
        if (reduced != null) {
            result = result.subtract(reduced.wanYuan());
        }
        return result;
    }

    BigDecimal tolerance(BigDecimal initialTolerance) {
        BigDecimal t = initialTolerance;
        t = added == null ? t : t.add(added.halfUnit());
        return reduced == null ? t : t.add(reduced.halfUnit());
    }

    String describe(Report report) {
        return (added == null ? "" : report.label(added) + Numbers.written(report, added))
                + (reduced == null ? "" : (added == null ? "" : "、") + report.label(reduced) + Numbers.written(report, reduced));
    }
}
