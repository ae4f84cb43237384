package cn.budgetperf.portal.downstream;

/** The caller's role does not open this page (a department on a bureau page, or the reverse). */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String reason) {
        super(reason);
    }
}
