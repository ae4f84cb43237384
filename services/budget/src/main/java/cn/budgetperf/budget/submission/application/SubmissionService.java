package cn.budgetperf.budget.submission.application;

import cn.budgetperf.budget.submission.domain.Submission;
import cn.budgetperf.contracts.budget.v1.FiguresSnapshot;
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

@Service
public class SubmissionService {

    private final Submissions submissions;
    private final Outbox outbox;
    private final Clock clock;

    public SubmissionService(Submissions submissions, Outbox outbox) {
        this.submissions = submissions;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    /** Creates the department-year's draft, or replaces its content. */
    @Transactional
    public Submission saveDraft(CurrentUser user, DraftCommand command) {
        if (!user.actsFor(command.department().value())) {
            throw ApiException.forbidden("您只能填报本部门（" + user.departmentCode().orElse("无") + "）的数据。");
        }
        RegionCode region = RegionCode.of(user.regionCode()
                .orElseThrow(() -> ApiException.forbidden("您的账号未设置所属地区，请联系管理员。")));
        var existing = submissions.byDepartmentYear(command.department(), command.year());
        if (existing.isPresent()) {
            Submission before = existing.get();
            Submission after = before.replaceDraft(command.departmentName(), command.figures(), user.username(), clock.instant());
            submissions.save(before, after, "SAVE_DRAFT");
            return after;
        }
        Submission created = Submission.draft(command.department(), command.departmentName(), region, command.year(),
                command.figures(), user.username(), clock.instant());
        submissions.save(null, created, "CREATE_DRAFT");
        return created;
    }

    @Transactional
    public Submission submit(CurrentUser user, UUID id) {
        Submission before = load(id);
        if (!user.actsFor(before.department().value())) {
            throw ApiException.forbidden("您只能报送本部门的填报。");
        }
        Submission after = before.submit(user.username(), clock.instant());
        submissions.save(before, after, "SUBMIT");
        publish(after, SubmissionStatus.SUBMITTED);
        return after;
    }

    @Transactional
    public Submission review(CurrentUser user, UUID id, boolean accept, String comment) {
        Submission before = load(id);
        if (!user.has(Role.FINANCE_BUREAU) || !user.oversees(before.region().value())) {
            throw ApiException.forbidden("只有本地区财政部门可以审核该填报。");
        }
        Submission after = accept
                ? before.accept(user.username(), clock.instant())
                : before.returnWith(comment, user.username(), clock.instant());
        submissions.save(before, after, accept ? "ACCEPT" : "RETURN");
        publish(after, accept ? SubmissionStatus.ACCEPTED : SubmissionStatus.RETURNED);
        return after;
    }

    @Transactional(readOnly = true)
    public Submission read(CurrentUser user, UUID id) {
        Submission submission = load(id);
        if (!user.actsFor(submission.department().value()) && !user.oversees(submission.region().value())) {
            throw ApiException.forbidden("您没有权限查看其他部门的填报。");
        }
        return submission;
    }

    @Transactional(readOnly = true)
    public List<Submission> list(CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return submissions.all();
        }
        if (user.has(Role.FINANCE_BUREAU) && user.regionCode().isPresent()) {
            return submissions.ofRegion(RegionCode.of(user.regionCode().get()));
        }
        return user.departmentCode().map(d -> submissions.ofDepartment(DepartmentCode.of(d))).orElse(List.of());
    }

    private Submission load(UUID id) {
        return submissions.byId(id).orElseThrow(() -> ApiException.notFound("找不到编号为 " + id + " 的填报。"));
    }

    private void publish(Submission s, SubmissionStatus status) {
        SubmissionChanged payload = new SubmissionChanged(s.id(), s.version(), status, s.departmentName(), s.region(),
                new FiguresSnapshot(s.figures().incomeTotal(), s.figures().expenditureTotal(), s.figures().budgetTotal()),
                s.reviewComment());
        outbox.append(SubmissionChanged.TOPIC,
                EventEnvelope.of(status.eventType(), s.department(), s.year(), s.revision(), payload));
    }
}
