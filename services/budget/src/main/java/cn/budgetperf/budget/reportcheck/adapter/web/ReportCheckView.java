package cn.budgetperf.budget.reportcheck.adapter.web;

import cn.budgetperf.budget.reportcheck.application.CheckedReport;
import cn.budgetperf.budget.reportcheck.domain.CheckOutcome;
import cn.budgetperf.budget.reportcheck.domain.ReportFinding;
import cn.budgetperf.budget.reportcheck.domain.Severity;
import java.util.List;

/**
 * The answer of a report check.
 *
 * @param characters    length of the report text read (offsets in the findings refer to it)
 * @param claimsChecked how many claims were recomputed, whether they held or not
 * @param errors        findings of severity ERROR
 * @param warnings      findings of severity WARNING
 * @param findings      the findings in text order
 */
record ReportCheckView(int characters, int claimsChecked, long errors, long warnings, List<ReportFinding> findings) {

    static ReportCheckView of(CheckedReport report) {
        CheckOutcome outcome = report.outcome();
        return new ReportCheckView(report.text().length(), outcome.claimsChecked(), count(outcome, Severity.ERROR),
                count(outcome, Severity.WARNING), outcome.findings());
    }

    private static long count(CheckOutcome outcome, Severity severity) {
        return outcome.findings().stream().filter(f -> f.severity() == severity).count();
    }
}
