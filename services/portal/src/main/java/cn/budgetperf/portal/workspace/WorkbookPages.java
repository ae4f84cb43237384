package cn.budgetperf.portal.workspace;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.downstream.BadRequest;
import cn.budgetperf.portal.downstream.Download;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
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
 * The submission as an Excel workbook in the department's workspace: the blank template, the upload
 * into the draft (through the budget service, which names every bad cell and stores nothing of a bad
 * workbook) and the export. A file over the budget service's limit is refused here with its size in
 * the message, before anything is sent.
 */
@Controller
class WorkbookPages {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Downstream downstream;
    private final long maxBytes;

    WorkbookPages(Downstream downstream, WorkbookLimit limit) {
        this.downstream = downstream;
        this.maxBytes = limit.maxBytes();
    }

    @GetMapping("/portal/workspace/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String year) {
        WorkspaceController.department(jwt);
        String query = "";
        if (year != null && !year.isBlank()) {
            if (!year.strip().matches("20\\d\\d")) {
                throw new BadRequest("年度应为 2000 至 2099 之间的四位数字");
            }
            query = "?year=" + year.strip();
        }
        return file(downstream.budgetDownload(jwt, "/api/budget/workbook/template.xlsx" + query));
    }

    @GetMapping("/portal/workspace/{id}/export.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        WorkspaceController.department(jwt);
        return file(downstream.budgetDownload(jwt, "/api/budget/submissions/" + id + "/xlsx"));
    }

    @GetMapping("/portal/workspace/xlsx")
    String form(@AuthenticationPrincipal Jwt jwt, Model model) {
        return page(WorkspaceController.department(jwt), List.of(), List.of(), model);
    }

    @PostMapping("/portal/workspace/xlsx")
    String upload(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) MultipartFile file, Model model,
                  HttpServletResponse response) throws IOException {
        CurrentUser user = WorkspaceController.department(jwt);
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            return page(user, List.of("没有收到文件，请选择填好的 .xlsx 工作簿后再上传。"), List.of(), model);
        }
        if (file.getSize() > maxBytes) {
            response.setStatus(413);
            return page(user, List.of(tooLarge(file.getSize())), List.of(), model);
        }
        try {
            Map<String, Object> saved = downstream.budgetSend(jwt, HttpMethod.POST, "/api/budget/submissions/xlsx", XLSX,
                    file.getBytes());
            return Notice.UPLOADED.on(saved.get("id"));
        } catch (DownstreamRefusal e) {
            if (e.forbidden()) {
                throw e;
            }
            response.setStatus(e.status() == 413 ? 413 : 400);
            return page(user, List.of(e.detail(), "草稿未改变。"), e.errors(), model);
        }
    }

    /** "文件大小为 50.0 MB，超过 1 MB 的上限 …" — sizes in MB to one decimal (KB below 1 MB). */
    String tooLarge(long size) {
        return "文件大小为 " + Sizes.shown(size) + "，超过 " + Sizes.shown(maxBytes)
                + " 的上限，未导入，草稿未改变。按模板填写的工作簿通常不足 100 KB，请检查是否选错了文件，或删除多余的工作表和图片后再上传。";
    }

    private String page(CurrentUser user, List<String> problems, List<Map<String, Object>> errors, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("problems", problems);
        model.addAttribute("cellErrors", errors);
        return "workspace/upload";
    }

    private static ResponseEntity<byte[]> file(Download download) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(download.contentType() == null ? XLSX : download.contentType());
        if (download.contentDisposition() != null) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, download.contentDisposition());
        }
        return answer.body(download.body());
    }
}
