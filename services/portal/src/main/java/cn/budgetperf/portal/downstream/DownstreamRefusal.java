package cn.budgetperf.portal.downstream;

/** A service refused the request (4xx); {@code detail} is its Chinese explanation. */
public class DownstreamRefusal extends RuntimeException {

    private final int status;

    DownstreamRefusal(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }

    public boolean forbidden() {
        return status == 403;
    }
}
