package cn.budgetperf.budget.reportcheck.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The findings of one check, each with its excerpt, once per rule and place. */
final class Findings {

    private final Report report;
    private final List<ReportFinding> findings = new ArrayList<>();
    private int claims;

    Findings(Report report) {
        this.report = report;
    }

    void add(ReportRule rule, String message, int start, int end, String expected, String actual) {
        TextLocation location = report.location(start, end);
        boolean known = findings.stream().anyMatch(f -> f.ruleId().equals(rule.id()) && f.location().start() == start
                && f.location().end() == end);
        if (!known) {
            findings.add(new ReportFinding(rule.id(), rule.severity(), message, location, expected, actual));
        }
    }

    /** Counts one claim recomputed, whether it held or not. */
    void checked() {
        claims++;
    }

    int claims() {
        return claims;
    }

    List<ReportFinding> sorted() {
        return findings.stream().sorted(Comparator.comparingInt((ReportFinding f) -> f.location().start())
                .thenComparing(ReportFinding::ruleId)).toList();
    }
}
