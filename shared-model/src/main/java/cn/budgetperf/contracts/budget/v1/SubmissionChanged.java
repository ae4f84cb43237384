package cn.budgetperf.contracts.budget.v1;

import cn.budgetperf.contracts.values.RegionCode;
import java.util.Objects;
import java.util.UUID;

/**
 * A submission was submitted, returned, accepted or corrected.
 *
 * @param submissionId   the submission (stable across its versions)
 * @param version        the submission's version number
 * @param status         the state it entered
 * @param departmentName the department's name at the time
 * @param regionCode     the region whose finance bureau reviews it
 * @param figures        the figures snapshot
 * @param comment        the bureau's comment on return, the correction note, or {@code null}
 */
public record SubmissionChanged(
        UUID submissionId,
        int version,
        SubmissionStatus status,
        String departmentName,
        RegionCode regionCode,
        FiguresSnapshot figures,
        String comment) {

    public static final String TOPIC = "budget.submissions.v1";

    public SubmissionChanged {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(departmentName, "departmentName");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(figures, "figures");
    }
}
