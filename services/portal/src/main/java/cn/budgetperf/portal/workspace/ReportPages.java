package cn.budgetperf.portal.workspace;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.downstream.BadRequest;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import cn.budgetperf.portal.downstream.SubmissionReports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The narrative self-evaluation report of a submission in the workspace: upload (.docx or UTF-8
 * .txt, through the budget service, which checks it), the report checker's findings with the quoted
 * excerpt and line, and the download of the attached file.
 */
@Controller
class ReportPages {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final Downstream downstream;
    private final SubmissionReports reports;
    private final long maxBytes;

    ReportPages(Downstream downstream, SubmissionReports reports, WorkbookLimit limit) {
        this.downstream = downstream;
        this.reports = reports;
        this.maxBytes = limit.maxBytes();
    }

    @GetMapping("/portal/workspace/{id}/report")
    String show(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestParam(required = false) String notice, Model model) {
        CurrentUser user = WorkspaceController.department(jwt);
        Notice.of(notice).ifPresent(n -> model.addAttribute("notice", n.text()));
        return page(user, jwt, id, List.of(), model);
    }

    @GetMapping("/portal/workspace/{id}/report/file")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        WorkspaceController.department(jwt);
        return reports.file(jwt, id);
    }

    /** On a fixed path (the submission in a form field), so that the portal's body limit for uploads can name it. */
    @PostMapping("/portal/workspace/report")
    String upload(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String submission,
                  @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) throws IOException {
        CurrentUser user = WorkspaceController.department(jwt);
        UUID id = idOf(submission);
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            return page(user, jwt, id, List.of("没有收到文件，请选择自评报告（.docx 或 UTF-8 编码的 .txt）后再上传。"), model);
        }
        if (file.getSize() > maxBytes) {
            response.setStatus(413);
            return page(user, jwt, id, List.of("文件大小为 " + Sizes.shown(file.getSize()) + "，超过 " + Sizes.shown(maxBytes)
                    + " 的上限，未上传，原有报告未改变。请删除报告中的图片或另存为 .txt 后再上传。"), model);
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try {
            downstream.budgetSend(jwt, HttpMethod.PUT, "/api/budget/submissions/{id}/report?name={name}",
                    typeOf(name, file.getContentType()), file.getBytes(), id, name);
            return "redirect:/portal/workspace/" + id + "/report?notice=" + Notice.REPORT.code();
        } catch (DownstreamRefusal e) {
            if (e.forbidden()) {
                throw e;
            }
            response.setStatus(e.status() == 413 || e.status() == 415 ? e.status() : 400);
            return page(user, jwt, id, List.of(e.detail(), "原有报告未改变。"), model);
        }
    }

    private static UUID idOf(String submission) {
        try {
            return UUID.fromString(submission == null ? "" : submission.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequest("请从本年度填报页面进入后再上传报告。");
        }
    }

    /** By the file's name: .docx and .txt as the budget service takes them; anything else as sent, for it to refuse. */
    private static MediaType typeOf(String name, String declared) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return DOCX;
        }
        if (lower.endsWith(".txt")) {
            return TEXT;
        }
        try {
            return declared == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(declared);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private String page(CurrentUser user, Jwt jwt, UUID id, List<String> problems, Model model) {
        Map<String, Object> submission = downstream.budgetGet(jwt, "/api/budget/submissions/" + id);
        Map<String, Object> attached = reports.attached(jwt, id).orElse(null);
        model.addAttribute("user", user);
        model.addAttribute("s", submission);
        model.addAttribute("attached", attached);
        model.addAttribute("problems", problems);
        model.addAttribute("editable", List.of("DRAFT", "RETURNED").contains(String.valueOf(submission.get("status"))));
        return "workspace/report";
    }
}
