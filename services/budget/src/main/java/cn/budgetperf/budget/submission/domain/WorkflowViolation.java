package cn.budgetperf.budget.submission.domain;

/** An action the submission's current state does not allow; the message says why, in Chinese. */
public class WorkflowViolation extends RuntimeException {

    public WorkflowViolation(String message) {
        super(message);
    }
}
