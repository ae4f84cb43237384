package cn.budgetperf.budget.submission.domain;

import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.RegionCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One department's submission for one fiscal year. Every change returns a new instance with its
 * {@code revision} one higher; the revision orders the events consumers receive.
 */
public record Submission(
        UUID id,
        DepartmentCode department,
        String departmentName,
        RegionCode region,
        FiscalYear year,
        int version,
        long revision,
        Status status,
        Figures figures,
        String reviewComment,
        String updatedBy,
        Instant updatedAt) {

    public Submission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(figures, "figures");
        if (departmentName == null || departmentName.isBlank() || departmentName.length() > 100) {
            throw new IllegalArgumentException("部门名称不能为空，且不超过100个字");
        }
    }

    public static Submission draft(DepartmentCode department, String departmentName, RegionCode region, FiscalYear year,
                                   Figures figures, String actor, Instant now) {
        return new Submission(UUID.randomUUID(), department, departmentName.strip(), region, year, 1, 1, Status.DRAFT,
                figures, null, actor, now);
    }

    public List<Finding> findings() {
        return FigureChecks.check(figures);
    }

    /** Replaces the draft's content; a returned submission becomes a draft again. */
    public Submission replaceDraft(String name, Figures newFigures, String actor, Instant now) {
        if (status != Status.DRAFT && status != Status.RETURNED) {
            throw new WorkflowViolation("填报当前状态为“" + status.label() + "”，不能修改。");
        }
        return new Submission(id, department, name.strip(), region, year, version, revision + 1, Status.DRAFT,
                newFigures, reviewComment, actor, now);
    }

    public Submission submit(String actor, Instant now) {
        if (status != Status.DRAFT && status != Status.RETURNED) {
            throw new WorkflowViolation("填报当前状态为“" + status.label() + "”，不能报送。");
        }
        List<Finding> errors = findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new SubmissionBlocked(errors);
        }
        return new Submission(id, department, departmentName, region, year, version, revision + 1, Status.SUBMITTED,
                figures, null, actor, now);
    }

    public Submission accept(String actor, Instant now) {
        requireSubmitted("审核通过");
        return new Submission(id, department, departmentName, region, year, version, revision + 1, Status.ACCEPTED,
                figures, null, actor, now);
    }

    public Submission returnWith(String comment, String actor, Instant now) {
        requireSubmitted("退回");
        if (comment == null || comment.isBlank()) {
            throw new WorkflowViolation("退回时必须填写退回意见。");
        }
        return new Submission(id, department, departmentName, region, year, version, revision + 1, Status.RETURNED,
                figures, comment.strip(), actor, now);
    }

    private void requireSubmitted(String action) {
        if (status != Status.SUBMITTED) {
            throw new WorkflowViolation("只有已报送的填报才能" + action + "，当前状态为“" + status.label() + "”。");
        }
    }
}
