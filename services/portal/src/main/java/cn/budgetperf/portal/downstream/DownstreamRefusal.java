package cn.budgetperf.portal.downstream;

import java.util.List;
import java.util.Map;

/** A service refused the request (4xx); {@code detail} is its Chinese explanation. */
public class DownstreamRefusal extends RuntimeException {

    private final int status;
    private final List<Map<String, Object>> errors;

    DownstreamRefusal(int status, String detail) {
        this(status, detail, List.of());
    }

    DownstreamRefusal(int status, String detail, List<Map<String, Object>> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** The itemised problems the service listed beside its detail (e.g. a workbook's bad cells), or none. */
    public List<Map<String, Object>> errors() {
        return errors;
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
