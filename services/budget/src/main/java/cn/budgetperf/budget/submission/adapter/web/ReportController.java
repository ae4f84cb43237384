package cn.budgetperf.budget.submission.adapter.web;

import cn.budgetperf.budget.reportcheck.application.UnreadableReport;
import cn.budgetperf.budget.submission.application.AttachedReport;
import cn.budgetperf.budget.submission.application.ReportAttachments;
import cn.budgetperf.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The narrative report attached to a submission version, and the report checker run on it. */
@RestController
@RequestMapping("/api/budget/submissions/{id}/report")
class ReportController {

    private final ReportAttachments reports;

    ReportController(ReportAttachments reports) {
        this.reports = reports;
    }

    @Operation(summary = "Attach the report (.docx or UTF-8 .txt; multipart field 'file') to the draft; answers the report check")
    @PutMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AttachedReport attachForm(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestPart("file") MultipartFile file)
            throws IOException {
        return reports.attach(CurrentUser.from(jwt), id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @Operation(summary = "Attach the report sent as the body (text/plain; charset=UTF-8 or the .docx type); ?name= names the file")
    @PutMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    AttachedReport attachBody(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestParam(required = false) String name,
                              @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, @RequestBody byte[] body) {
        return reports.attach(CurrentUser.from(jwt), id, name, contentType, body);
    }

    @Operation(summary = "Download the attached report")
    @GetMapping
    ResponseEntity<byte[]> download(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        ReportAttachments.Download d = reports.download(CurrentUser.from(jwt), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(d.report().fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(d.report().contentType()))
                .body(d.content());
    }

    @Operation(summary = "The report checker's findings on the attached report (DESIGN §6.2)")
    @GetMapping("/findings")
    AttachedReport findings(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return reports.check(CurrentUser.from(jwt), id);
    }

    @ExceptionHandler(UnreadableReport.class)
    ProblemDetail unreadable(UnreadableReport e) {
        HttpStatus status = e.reason() == UnreadableReport.Reason.UNSUPPORTED_FORMAT ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
