package cn.budgetperf.budget.reportcheck.adapter.web;

import cn.budgetperf.budget.reportcheck.application.ReportCheckService;
import cn.budgetperf.budget.reportcheck.application.ReportFormat;
import cn.budgetperf.budget.reportcheck.application.UnreadableReport;
import cn.budgetperf.kit.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/budget")
class ReportCheckController {

    private final ReportCheckService service;
    private final long maxBytes;

    ReportCheckController(ReportCheckService service, @Value("${budgetperf.report-check.max-size:10MB}") DataSize maxSize) {
        this.service = service;
        this.maxBytes = maxSize.toBytes();
    }

    @Operation(summary = "Check a report's prose sent as the body: UTF-8 text or the bytes of a .docx; stores nothing")
    @PostMapping(path = "/report-check", consumes = {MediaType.TEXT_PLAIN_VALUE, ReportFormat.DOCX_MEDIA_TYPE})
    ReportCheckView checkBody(HttpServletRequest request) throws IOException {
        MediaType type = MediaType.parseMediaType(request.getContentType());
        boolean text = type.isCompatibleWith(MediaType.TEXT_PLAIN);
        if (text && type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "报告须以UTF-8编码提交（Content-Type: text/plain; charset=UTF-8），收到的是" + type.getCharset() + "。");
        }
        return check(readAtMost(request.getInputStream()), text ? ReportFormat.TEXT : ReportFormat.DOCX);
    }

    @Operation(summary = "Check a report uploaded as multipart field 'file' (.docx or UTF-8 .txt); stores nothing")
    @PostMapping(path = "/report-check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ReportCheckView checkUpload(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ApiException.badRequest("请在表单字段file中上传报告文件（.docx或UTF-8编码的.txt）。");
        }
        return check(file.getBytes(), ReportFormat.of(file.getOriginalFilename(), file.getContentType()));
    }

    /** Any other content type: say which ones are read (without this, Spring's 415 would carry no Chinese detail). */
    @PostMapping(path = "/report-check")
    ReportCheckView otherContent(HttpServletRequest request) {
        throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型：" + request.getContentType()
                + "。请以text/plain（UTF-8）提交报告正文，或以.docx文件上传（multipart/form-data字段file）。");
    }

    @ExceptionHandler(UnreadableReport.class)
    ProblemDetail unreadable(UnreadableReport e) {
        HttpStatus status = e.reason() == UnreadableReport.Reason.UNSUPPORTED_FORMAT
                ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    private ReportCheckView check(byte[] content, ReportFormat format) {
        return ReportCheckView.of(service.check(content, format));
    }

    /** A body sent without Content-Length (chunked) is cut at the same limit the size filter applies. */
    private byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > maxBytes) {
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE,
                        "提交的内容超过" + DataSize.ofBytes(maxBytes).toMegabytes() + " MB的上限，请减小后重试。");
            }
        }
        return out.toByteArray();
    }
}
