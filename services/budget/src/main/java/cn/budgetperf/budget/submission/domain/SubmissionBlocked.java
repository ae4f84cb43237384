package cn.budgetperf.budget.submission.domain;

import cn.budgetperf.budget.validation.domain.Finding;
import java.util.List;

/** Submission refused: ERROR findings (only a fix clears them) or WARNINGs without an explanation. */
public class SubmissionBlocked extends RuntimeException {

    private final List<Finding> findings;

    public SubmissionBlocked(String message, List<Finding> findings) {
        super(message);
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
