package cn.budgetperf.budget.submission.adapter.web;

import cn.budgetperf.budget.submission.application.SubmissionService;
import cn.budgetperf.budget.workbook.adapter.excel.WorkbookReader;
import cn.budgetperf.budget.workbook.adapter.excel.WorkbookRejected;
import cn.budgetperf.budget.workbook.adapter.excel.WorkbookWriter;
import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.web.ApiException;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The submission as an .xlsx workbook: the blank template, an upload into the draft, an export. */
@RestController
@RequestMapping("/api/budget")
class WorkbookController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SubmissionService service;
    private final WorkbookReader reader;
    private final WorkbookWriter writer;

    WorkbookController(SubmissionService service, WorkbookReader reader, WorkbookWriter writer) {
        this.service = service;
        this.reader = reader;
        this.writer = writer;
    }

    @Operation(summary = "The .xlsx template mirroring the standard tables, with the caller's department code filled in")
    @GetMapping("/workbook/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) Integer year) {
        CurrentUser user = CurrentUser.from(jwt);
        return xlsx(writer.template(user.departmentCode().orElse(null), null, year), "预算绩效填报模板.xlsx");
    }

    @Operation(summary = "Upload a filled workbook into the department-year's draft (multipart field 'file' or the .xlsx as body)")
    @PostMapping(value = "/submissions/xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    SubmissionView uploadForm(@AuthenticationPrincipal Jwt jwt, @RequestPart("file") MultipartFile file) throws IOException {
        return upload(jwt, file.getBytes());
    }

    @PostMapping(value = "/submissions/xlsx", consumes = {XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    SubmissionView uploadBody(@AuthenticationPrincipal Jwt jwt, @RequestBody byte[] body) {
        return upload(jwt, body);
    }

    @Operation(summary = "Export the submission's current version as .xlsx (the template's layout: it can be uploaded again)")
    @GetMapping("/submissions/{id}/xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        var submission = service.read(CurrentUser.from(jwt), id).submission();
        return xlsx(writer.export(submission.document()),
                submission.department().value() + "-" + submission.year().value() + "-v" + submission.version() + ".xlsx");
    }

    @ExceptionHandler(WorkbookRejected.class)
    ProblemDetail rejected(WorkbookRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.errors().isEmpty() ? e.getMessage() : e.getMessage() + "第一处：" + e.errors().get(0).sheet() + "!"
                        + e.errors().get(0).cell() + " " + e.errors().get(0).message());
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty("errors", e.errors());
        return problem;
    }

    private SubmissionView upload(Jwt jwt, byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            throw ApiException.badRequest("没有收到文件，请选择填好的 .xlsx 工作簿上传。");
        }
        return SubmissionView.of(service.saveDraft(CurrentUser.from(jwt), reader.read(xlsx)));
    }

    private static ResponseEntity<byte[]> xlsx(byte[] body, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(XLSX))
                .body(body);
    }
}
