package cn.budgetperf.budget.submission.domain;

import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.budget.validation.domain.Finding;
import cn.budgetperf.budget.validation.domain.Severity;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.RegionCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One department's submission for one fiscal year, in its current version. Every change returns a new
 * instance with its {@code revision} one higher (the revision orders the events consumers receive). An
 * accepted version is never changed again: a correction opens the next version as a draft.
 *
 * @param version        1 for the first submission, one more for each correction
 * @param explanations   the department's explanations of WARNINGs in this version
 * @param reviewComment  the bureau's comment on the last return, until the next submission
 * @param correctionNote the 更正说明 of a correction version, else {@code null}
 * @param report         the narrative report attached to this version, or {@code null}
 */
public record Submission(
        UUID id,
        RegionCode region,
        int version,
        long revision,
        Status status,
        SubmissionDocument document,
        List<Explanation> explanations,
        String reviewComment,
        String correctionNote,
        ReportDocument report,
        String updatedBy,
        Instant updatedAt) {

    public Submission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(document, "document");
        explanations = explanations == null ? List.of() : List.copyOf(explanations);
    }

    public static Submission draft(SubmissionDocument document, RegionCode region, String actor, Instant now) {
        return new Submission(UUID.randomUUID(), region, 1, 1, Status.DRAFT, document, List.of(), null, null, null, actor, now);
    }

    public DepartmentCode department() {
        return document.department();
    }

    public FiscalYear year() {
        return document.year();
    }

    public String departmentName() {
        return document.departmentName();
    }

    /** Replaces the draft's content; a returned submission becomes a draft again. */
    public Submission replaceDraft(SubmissionDocument newDocument, String actor, Instant now) {
        requireEditable("修改");
        return next(Status.DRAFT, newDocument, explanations, reviewComment, correctionNote, actor, now);
    }

    /** Records (or replaces) the explanation of one warning. */
    public Submission explain(String ruleId, String location, String text, String actor, Instant now) {
        requireEditable("填写说明");
        Map<String, Explanation> byKey = new LinkedHashMap<>();
        explanations.forEach(e -> byKey.put(e.key(), e));
        Explanation explanation = new Explanation(ruleId, location, text, actor, now);
        byKey.put(explanation.key(), explanation);
        return next(status, document, List.copyOf(byKey.values()), reviewComment, correctionNote, actor, now);
    }

    /**
     * Submits to the bureau, given the findings on the current content: any ERROR blocks, and so does a
     * WARNING that has no explanation.
     */
    public Submission submit(List<Finding> findings, String actor, Instant now) {
        requireEditable("报送");
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new SubmissionBlocked("填报存在" + errors.size() + "个错误，修改后才能报送。", errors);
        }
        List<Finding> unexplained = unexplained(findings);
        if (!unexplained.isEmpty()) {
            throw new SubmissionBlocked("填报有" + unexplained.size() + "个警告尚未说明，请逐条填写说明后再报送。", unexplained);
        }
        return next(Status.SUBMITTED, document, explanations, null, correctionNote, actor, now);
    }

    /** The warnings among {@code findings} that this version has no explanation for. */
    public List<Finding> unexplained(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.severity() == Severity.WARNING)
                .filter(f -> explanations.stream().noneMatch(e -> e.key().equals(f.key())))
                .toList();
    }

    public Submission accept(String actor, Instant now) {
        requireSubmitted("审核通过");
        return next(Status.ACCEPTED, document, explanations, null, correctionNote, actor, now);
    }

    public Submission returnWith(String comment, String actor, Instant now) {
        requireSubmitted("退回");
        if (comment == null || comment.isBlank()) {
            throw new WorkflowViolation("退回时必须填写退回意见。");
        }
        return next(Status.RETURNED, document, explanations, comment.strip(), correctionNote, actor, now);
    }

    /** Opens the next version as a draft with the same content, to correct what was accepted. */
    public Submission openCorrection(String note, String actor, Instant now) {
        if (status != Status.ACCEPTED) {
            throw new WorkflowViolation("只有已审核通过的填报才能更正，当前状态为“" + status.label() + "”。");
        }
        if (note == null || note.isBlank()) {
            throw new WorkflowViolation("更正时必须填写更正说明。");
        }
        if (note.strip().length() > 2000) {
            throw new WorkflowViolation("更正说明不能超过2000个字。");
        }
        return new Submission(id, region, version + 1, revision + 1, Status.DRAFT, document, explanations, null, note.strip(),
                report, actor, now);
    }

    /** Attaches (or replaces) the narrative report of this version. */
    public Submission attach(ReportDocument newReport, String actor, Instant now) {
        requireEditable("上传报告");
        return new Submission(id, region, version, revision + 1, status, document, explanations, reviewComment, correctionNote,
                newReport, actor, now);
    }

    /** Whether this version corrects an earlier, accepted one. */
    public boolean isCorrection() {
        return version > 1;
    }

    private Submission next(Status newStatus, SubmissionDocument newDocument, List<Explanation> newExplanations,
                            String comment, String note, String actor, Instant now) {
        return new Submission(id, region, version, revision + 1, newStatus, newDocument, newExplanations, comment, note,
                report, actor, now);
    }

    private void requireEditable(String action) {
        if (!status.editable()) {
            throw new WorkflowViolation("填报当前状态为“" + status.label() + "”，不能" + action + "。");
        }
    }

    private void requireSubmitted(String action) {
        if (status != Status.SUBMITTED) {
            throw new WorkflowViolation("只有已报送的填报才能" + action + "，当前状态为“" + status.label() + "”。");
        }
    }
}
