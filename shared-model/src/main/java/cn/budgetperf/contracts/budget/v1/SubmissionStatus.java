package cn.budgetperf.contracts.budget.v1;

/** The review workflow state a submission event announces. */
public enum SubmissionStatus {
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    CORRECTED;

    /** The logical event type for this state, e.g. {@code budget.submission.submitted}. */
    public String eventType() {
        return "budget.submission." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
