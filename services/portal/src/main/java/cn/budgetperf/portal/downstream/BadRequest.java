package cn.budgetperf.portal.downstream;

/** Input the portal itself refuses before calling anything; answered 400 with the Chinese reason. */
public class BadRequest extends RuntimeException {

    public BadRequest(String reason) {
        super(reason);
    }
}
