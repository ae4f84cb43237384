package cn.budgetperf.budget.submission.application;

import cn.budgetperf.budget.classification.application.Classifications;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.budget.submission.domain.Submission;
import cn.budgetperf.budget.validation.application.FindingRecords;
import cn.budgetperf.budget.validation.application.Validation;
import cn.budgetperf.budget.validation.domain.Finding;
import cn.budgetperf.budget.validation.domain.Severity;
import cn.budgetperf.contracts.budget.v1.SubmissionChanged;
import cn.budgetperf.contracts.budget.v1.SubmissionStatus;
import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.RegionCode;
import cn.budgetperf.kit.outbox.Outbox;
import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.security.Role;
import cn.budgetperf.kit.web.ApiException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases on submissions. Each runs in one transaction that writes the submission, its version,
 * its audit row, its findings log and its outbox event together, and checks who may do it: a
 * department works on its own department's submissions only, the bureau of the region reviews.
 */
@Service
public class SubmissionService {

    /** The rule whose findings refuse a save: a code outside the table is not stored at all. */
    static final String UNKNOWN_CODE_RULE = "FUN-001";

    private final Submissions submissions;
    private final Validation validation;
    private final Classifications classifications;
    private final FindingRecords findingRecords;
    private final Outcomes outcomes;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public SubmissionService(Submissions submissions, Validation validation, Classifications classifications,
                             FindingRecords findingRecords, Outcomes outcomes, Outbox outbox) {
        this.submissions = submissions;
        this.validation = validation;
        this.classifications = classifications;
        this.findingRecords = findingRecords;
        this.outcomes = outcomes;
        this.outbox = outbox;
    }

    /** Creates the department-year's draft, or replaces its content; returns it with its findings. */
    @Transactional
    public Checked saveDraft(CurrentUser user, SubmissionDocument document) {
        if (!user.actsFor(document.departmentCode())) {
            throw ApiException.forbidden("您只能填报本部门（" + user.departmentCode().orElse("无") + "）的数据。");
        }
        RegionCode region = RegionCode.of(user.regionCode()
                .orElseThrow(() -> ApiException.forbidden("您的账号未设置所属地区，请联系管理员。")));
        List<Finding> findings = validation.validate(document);
        refuseUnknownCodes(findings);
        var existing = submissions.byDepartmentYear(document.department(), document.year());
        Submission after;
        if (existing.isPresent()) {
            after = existing.get().replaceDraft(document, user.username(), clock.instant());
            submissions.save(existing.get(), after, "SAVE_DRAFT");
        } else {
            after = Submission.draft(document, region, user.username(), clock.instant());
            submissions.save(null, after, "CREATE_DRAFT");
        }
        record(after, findings);
        return checked(after, findings);
    }

    /** The department explains one of its warnings (a WARNING blocks submission until explained). */
    @Transactional
    public Checked explain(CurrentUser user, UUID id, String ruleId, String location, String text) {
        Submission before = ownedBy(user, id, "填写说明");
        List<Finding> findings = validation.validate(before.document());
        boolean isWarning = findings.stream().anyMatch(f -> f.severity() == Severity.WARNING && f.ruleId().equals(ruleId)
                && f.location().equals(location));
        if (!isWarning) {
            throw ApiException.badRequest("该填报在“" + location + "”处没有规则" + ruleId + "的警告，无需说明。");
        }
        Submission after = before.explain(ruleId, location, text, user.username(), clock.instant());
        submissions.save(before, after, "EXPLAIN");
        return checked(after, findings);
    }

    @Transactional
    public Checked submit(CurrentUser user, UUID id) {
        Submission before = ownedBy(user, id, "报送");
        List<Finding> findings = validation.validate(before.document());
        Submission after = before.submit(findings, user.username(), clock.instant());
        submissions.save(before, after, "SUBMIT");
        publish(after, SubmissionStatus.SUBMITTED, null);
        return checked(after, findings);
    }

    @Transactional
    public Checked review(CurrentUser user, UUID id, boolean accept, String comment) {
        Submission before = load(id);
        if (!user.has(Role.FINANCE_BUREAU) || !user.oversees(before.region().value())) {
            throw ApiException.forbidden("只有本地区财政部门可以审核该填报。");
        }
        Submission after = accept
                ? before.accept(user.username(), clock.instant())
                : before.returnWith(comment, user.username(), clock.instant());
        submissions.save(before, after, accept ? "ACCEPT" : "RETURN");
        if (accept) {
            publish(after, SubmissionStatus.ACCEPTED, after.correctionNote());
        } else {
            publish(after, SubmissionStatus.RETURNED, after.reviewComment());
        }
        return checked(after, validation.validate(after.document()));
    }

    /**
     * After publication, the department opens a correction: the next version, as a draft with the same
     * content. Announced as {@code corrected} (the public version stays until the corrected version is
     * accepted and the bureau publishes it); its acceptance is announced as {@code accepted} of version 2.
     */
    @Transactional
    public Checked correct(CurrentUser user, UUID id, String note) {
        Submission before = ownedBy(user, id, "更正");
        Outcome outcome = outcomeOf(before);
        if (!outcome.published()) {
            throw ApiException.conflict("该填报尚未公开，不需要更正；如需修改，请联系财政部门。");
        }
        Submission after = before.openCorrection(note, user.username(), clock.instant());
        submissions.save(before, after, "OPEN_CORRECTION");
        publish(after, SubmissionStatus.CORRECTED, after.correctionNote());
        return checked(after, validation.validate(after.document()));
    }

    @Transactional(readOnly = true)
    public Checked read(CurrentUser user, UUID id) {
        Submission s = readable(user, id);
        return checked(s, validation.validate(s.document()));
    }

    @Transactional(readOnly = true)
    public List<Checked> list(CurrentUser user) {
        List<Submission> visible;
        if (user.has(Role.ADMIN)) {
            visible = submissions.all();
        } else if (user.has(Role.FINANCE_BUREAU) && user.regionCode().isPresent()) {
            visible = submissions.ofRegion(RegionCode.of(user.regionCode().get()));
        } else {
            visible = user.departmentCode().map(d -> submissions.ofDepartment(DepartmentCode.of(d))).orElse(List.of());
        }
        return visible.stream().map(s -> checked(s, validation.validate(s.document()))).toList();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> audit(CurrentUser user, UUID id) {
        readable(user, id);
        return submissions.audit(id);
    }

    @Transactional(readOnly = true)
    public List<Submission> versions(CurrentUser user, UUID id) {
        readable(user, id);
        return submissions.versions(id);
    }

    private Submission readable(CurrentUser user, UUID id) {
        Submission s = load(id);
        if (!user.actsFor(s.department().value()) && !user.oversees(s.region().value())) {
            throw ApiException.forbidden("您没有权限查看其他部门的填报。");
        }
        return s;
    }

    private Submission ownedBy(CurrentUser user, UUID id, String action) {
        Submission s = load(id);
        if (!user.actsFor(s.department().value())) {
            throw ApiException.forbidden("您只能" + action + "本部门的填报。");
        }
        return s;
    }

    private Submission load(UUID id) {
        return submissions.byId(id).orElseThrow(() -> ApiException.notFound("找不到编号为 " + id + " 的填报。"));
    }

    private static void refuseUnknownCodes(List<Finding> findings) {
        List<Finding> unknown = findings.stream().filter(f -> f.ruleId().equals(UNKNOWN_CODE_RULE)).toList();
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest(unknown.get(0).message() + "（位置：" + unknown.get(0).location() + "；共"
                    + unknown.size() + "处）未保存。");
        }
    }

    private void record(Submission s, List<Finding> findings) {
        if (!findings.isEmpty()) {
            findingRecords.record(new FindingRecords.Save(s.id(), s.revision(), s.region().value(), s.department().value(),
                    s.departmentName(), s.year().value()), findings);
        }
    }

    private Checked checked(Submission s, List<Finding> findings) {
        return new Checked(s, findings, outcomeOf(s));
    }

    private Outcome outcomeOf(Submission s) {
        String key = s.department().value() + ":" + s.year().value();
        return outcomes.find(key).orElseGet(() -> Outcome.none(key));
    }

    private void publish(Submission s, SubmissionStatus status, String comment) {
        SubmissionChanged payload = new SubmissionChanged(s.id(), s.version(), status, s.departmentName(), s.region(),
                Snapshots.of(s.document(), classifications.catalog()), comment);
        outbox.append(SubmissionChanged.TOPIC, EventEnvelope.of(status.eventType(), s.department(), s.year(), s.revision(), payload)
                .withSchemaVersion(Snapshots.SCHEMA_VERSION));
    }
}
