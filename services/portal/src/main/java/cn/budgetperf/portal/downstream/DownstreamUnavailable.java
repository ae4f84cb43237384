package cn.budgetperf.portal.downstream;

/** A service did not answer or failed (5xx); {@code service} is its Chinese name. */
public class DownstreamUnavailable extends RuntimeException {

    DownstreamUnavailable(String service) {
        super(service);
    }

    public String service() {
        return getMessage();
    }
}
