package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * In one sentence: the execution rate (执行数 / 预算数) against the two amounts, and the balance
 * (结余 = 预算数 − 支出数).
 */
final class ExecutionRule implements Rule {

    private static final Pattern RATE = Pattern.compile("执行率|完成预算");
    private static final Pattern BUDGET = Pattern.compile("预算|批复|安排|到位");
    private static final Pattern NOT_BUDGET = Pattern.compile("决算|执行数|实际|使用");
    private static final Pattern SPENT = Pattern.compile("支出|执行数|决算|实际|使用");
    private static final Pattern BALANCE = Pattern.compile("^(结余|结转|节余|剩余)");

    @Override
    public void check(Report report, Findings findings) {
        for (Sentence sentence : report.sentences()) {
            List<Quantity> qs = sentence.quantities();
            for (int i = 0; i < qs.size(); i++) {
                Quantity q = qs.get(i);
                String label = report.label(q);
                if (q.isPercent() && q.exact() && RATE.matcher(label).find()) {
                    rate(report, findings, qs.subList(0, i), q);
                } else if (q.isMoney() && q.exact() && BALANCE.matcher(label).find()) {
                    balance(report, findings, qs.subList(0, i), q);
                }
            }
        }
    }

    private static void rate(Report report, Findings findings, List<Quantity> before, Quantity rate) {
        Quantity spent = last(report, before, false);
        Quantity budget = spent == null ? null : last(report, before.subList(0, before.indexOf(spent)), true);
        if (budget == null) {
            return;
        }
        Percentages.Range range = Percentages.ratio(spent.wanYuan(), spent.halfUnit(), budget.wanYuan(), budget.halfUnit());
        findings.checked();
        if (range == null || range.judge(rate) == Percentages.Verdict.HOLDS) {
            return;
        }
        String stated = Numbers.written(report, rate);
        findings.add(ReportRule.EXECUTION_RATE, "执行数" + Numbers.written(report, spent) + "除以预算数"
                        + Numbers.written(report, budget) + "，执行率应为" + range.expected(rate) + "，报告写作" + stated + "。",
                report.labelStart(budget), rate.end(), range.expected(rate), stated);
    }

    private static void balance(Report report, Findings findings, List<Quantity> before, Quantity balance) {
        Quantity spent = last(report, before, false);
        Quantity budget = spent == null ? null : last(report, before.subList(0, before.indexOf(spent)), true);
        if (budget == null) {
            return;
        }
        findings.checked();
        BigDecimal expected = budget.wanYuan().subtract(spent.wanYuan());
        BigDecimal tolerance = budget.halfUnit().add(spent.halfUnit()).add(balance.halfUnit());
        if (expected.signum() < 0 || expected.subtract(balance.wanYuan()).abs().compareTo(tolerance) <= 0) {
            return;
        }
        String stated = Numbers.written(report, balance);
        findings.add(ReportRule.BALANCE, "预算（到位）数" + Numbers.written(report, budget) + "减去支出"
                        + Numbers.written(report, spent) + "应结余" + Numbers.wan(expected) + "，报告写作结余" + stated + "。",
                report.labelStart(budget), balance.end(), Numbers.wan(expected), stated);
    }

    private static Quantity last(Report report, List<Quantity> quantities, boolean wantBudget) {
        for (int i = quantities.size() - 1; i >= 0; i--) {
            Quantity q = quantities.get(i);
            String label = report.label(q);
            boolean budget = BUDGET.matcher(label).find() && !NOT_BUDGET.matcher(label).find();
            boolean spent = !budget && SPENT.matcher(label).find();
            if (q.isMoney() && q.exact() && (wantBudget ? budget : spent)) {
                return q;
            }
        }
        return null;
    }
}
