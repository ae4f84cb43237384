package cn.budgetperf.budget.reportcheck.domain;

import java.util.List;

/**
 * What one check of a report gives: the findings, in text order, and how many claims (sums, shares,
 * changes, counts, lists, score totals, units) were recomputed, whether they held or not.
 */
public record CheckOutcome(List<ReportFinding> findings, int claimsChecked) {

    public CheckOutcome {
        findings = List.copyOf(findings);
    }
}
