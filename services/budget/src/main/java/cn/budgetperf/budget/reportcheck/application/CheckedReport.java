package cn.budgetperf.budget.reportcheck.application;

import cn.budgetperf.budget.reportcheck.domain.CheckOutcome;

/** A report's text as read from the upload (finding offsets refer to it) and what checking it gave. */
public record CheckedReport(String text, CheckOutcome outcome) {
}
