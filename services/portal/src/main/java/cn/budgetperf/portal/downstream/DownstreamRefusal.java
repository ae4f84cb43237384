package cn.budgetperf.portal.downstream;

/** A service refused the request (4xx); {@code detail} is its Chinese explanation. */
public class DownstreamRefusal extends RuntimeException {

    private final int status;

    DownstreamRefusal(int status, String detail) {
        super(detail);
        this.status = status;
    }

    /** What the portal itself did not find (e.g. a rule id in the address), shown as the 404 page. */
    public static DownstreamRefusal notFound(String detail) {
        return new DownstreamRefusal(404, detail);
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
