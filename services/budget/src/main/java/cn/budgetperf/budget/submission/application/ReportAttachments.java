package cn.budgetperf.budget.submission.application;

import cn.budgetperf.budget.reportcheck.application.ReportCheckService;
import cn.budgetperf.budget.reportcheck.application.ReportFormat;
import cn.budgetperf.budget.submission.domain.ReportDocument;
import cn.budgetperf.budget.submission.domain.Submission;
import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.web.ApiException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The narrative report attached to a submission version: the department attaches it to its draft (a
 * file the report checker cannot read is refused), the department and the bureau read it back, and the
 * report checker runs on it — the same check as {@code POST /api/budget/report-check}.
 */
@Service
public class ReportAttachments {

    private final Submissions submissions;
    private final SubmissionService access;
    private final ReportContents contents;
    private final ReportCheckService checker;
    private final Clock clock = Clock.systemUTC();

    public ReportAttachments(Submissions submissions, SubmissionService access, ReportContents contents, ReportCheckService checker) {
        this.submissions = submissions;
        this.access = access;
        this.contents = contents;
        this.checker = checker;
    }

    /** The content with its metadata. */
    public record Download(ReportDocument report, byte[] content) {
    }

    @Transactional
    public AttachedReport attach(CurrentUser user, UUID id, String fileName, String mediaType, byte[] content) {
        Submission before = access.read(user, id).submission();
        if (!user.actsFor(before.department().value())) {
            throw ApiException.forbidden("您只能为本部门的填报上传报告。");
        }
        if (content == null || content.length == 0) {
            throw ApiException.badRequest("没有收到文件，请选择自评报告（.docx 或 UTF-8 编码的 .txt）上传。");
        }
        ReportFormat format = ReportFormat.of(fileName, mediaType);
        var checked = checker.check(content, format);
        String type = format == ReportFormat.DOCX ? ReportFormat.DOCX_MEDIA_TYPE : "text/plain; charset=UTF-8";
        String name = fileName == null || fileName.isBlank() ? "自评报告" + (format == ReportFormat.DOCX ? ".docx" : ".txt") : fileName.strip();
        ReportDocument report = new ReportDocument(name, type, content.length, sha256(content), user.username(), clock.instant());
        Submission after = before.attach(report, user.username(), clock.instant());
        contents.store(id, report.sha256(), type, content);
        submissions.save(before, after, "ATTACH_REPORT");
        return new AttachedReport(report, checked.outcome());
    }

    @Transactional(readOnly = true)
    public Download download(CurrentUser user, UUID id) {
        ReportDocument report = attached(user, id);
        return new Download(report, contents.load(id, report.sha256()).orElseThrow());
    }

    @Transactional(readOnly = true)
    public AttachedReport check(CurrentUser user, UUID id) {
        Download d = download(user, id);
        ReportFormat format = d.report().contentType().startsWith(ReportFormat.DOCX_MEDIA_TYPE) ? ReportFormat.DOCX : ReportFormat.TEXT;
        return new AttachedReport(d.report(), checker.check(d.content(), format).outcome());
    }

    private ReportDocument attached(CurrentUser user, UUID id) {
        Submission s = access.read(user, id).submission();
        if (s.report() == null) {
            throw ApiException.notFound("该填报（第" + s.version() + "版）尚未上传自评报告。");
        }
        return s.report();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
