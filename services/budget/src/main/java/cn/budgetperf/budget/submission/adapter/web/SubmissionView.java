package cn.budgetperf.budget.submission.adapter.web;

import cn.budgetperf.budget.submission.domain.Finding;
import cn.budgetperf.budget.submission.domain.Submission;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A submission as the API shows it; amounts are decimal strings in 万元. */
record SubmissionView(
        UUID id,
        String departmentCode,
        String departmentName,
        String regionCode,
        int fiscalYear,
        int version,
        String status,
        String statusLabel,
        Figures figures,
        String reviewComment,
        String updatedBy,
        Instant updatedAt,
        List<Finding> findings) {

    record Figures(String incomeTotal, String expenditureTotal, String budgetTotal) {
    }

    static SubmissionView of(Submission s) {
        return new SubmissionView(s.id(), s.department().value(), s.departmentName(), s.region().value(), s.year().value(),
                s.version(), s.status().name(), s.status().label(),
                new Figures(s.figures().incomeTotal().toString(), s.figures().expenditureTotal().toString(),
                        s.figures().budgetTotal().toString()),
                s.reviewComment(), s.updatedBy(), s.updatedAt(), s.findings());
    }
}
