package cn.budgetperf.budget.submission.application;

import cn.budgetperf.budget.submission.domain.Submission;
import cn.budgetperf.budget.validation.domain.Finding;
import java.util.List;

/** A submission with the findings on its current content and its score and publication state. */
public record Checked(Submission submission, List<Finding> findings, Outcome outcome) {
}
