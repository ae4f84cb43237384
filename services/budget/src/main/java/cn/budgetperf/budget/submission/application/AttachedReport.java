package cn.budgetperf.budget.submission.application;

import cn.budgetperf.budget.reportcheck.domain.CheckOutcome;
import cn.budgetperf.budget.submission.domain.ReportDocument;

/** An attached report with what the report checker (DESIGN §6.2) found in its prose. */
public record AttachedReport(ReportDocument report, CheckOutcome check) {
}
