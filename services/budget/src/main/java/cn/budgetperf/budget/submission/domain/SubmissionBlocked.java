package cn.budgetperf.budget.submission.domain;

import java.util.List;

/** Submission refused because of ERROR findings, which only a fix clears. */
public class SubmissionBlocked extends RuntimeException {

    private final List<Finding> findings;

    public SubmissionBlocked(List<Finding> findings) {
        super("填报存在" + findings.size() + "个错误，修改后才能报送。");
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
