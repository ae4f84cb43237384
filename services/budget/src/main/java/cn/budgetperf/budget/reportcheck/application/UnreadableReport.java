package cn.budgetperf.budget.reportcheck.application;

/** What was sent is not a report the checker can read; the message says why, in Chinese. */
public class UnreadableReport extends RuntimeException {

    /** Whether the content was wrong (bad request) or of a format the checker does not read. */
    public enum Reason { BAD_CONTENT, UNSUPPORTED_FORMAT }

    private final Reason reason;

    public UnreadableReport(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableReport(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
