package cn.budgetperf.budget.submission.adapter.web;

import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.budget.submission.application.AuditEntry;
import cn.budgetperf.budget.submission.application.SubmissionService;
import cn.budgetperf.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/budget/submissions")
class SubmissionController {

    private final SubmissionService service;

    SubmissionController(SubmissionService service) {
        this.service = service;
    }

    @Operation(summary = "Create the department-year's draft or replace its content; answers with the findings on it")
    @PostMapping
    SubmissionView saveDraft(@AuthenticationPrincipal Jwt jwt, @RequestBody SubmissionDocument document) {
        return SubmissionView.of(service.saveDraft(CurrentUser.from(jwt), document));
    }

    @Operation(summary = "List the submissions the caller may see: own department, own region, or all for admin")
    @GetMapping
    List<SubmissionView> list(@AuthenticationPrincipal Jwt jwt) {
        return service.list(CurrentUser.from(jwt)).stream().map(SubmissionView::of).toList();
    }

    @GetMapping("/{id}")
    SubmissionView read(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return SubmissionView.of(service.read(CurrentUser.from(jwt), id));
    }

    @Operation(summary = "The findings on the current content, each with the department's explanation if any")
    @GetMapping("/{id}/findings")
    List<SubmissionView.FindingView> findings(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return SubmissionView.of(service.read(CurrentUser.from(jwt), id)).findings();
    }

    @Operation(summary = "Explain a WARNING (by its ruleId and location); unexplained warnings block submission")
    @PostMapping("/{id}/explanations")
    SubmissionView explain(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @Valid @RequestBody ExplanationRequest request) {
        return SubmissionView.of(service.explain(CurrentUser.from(jwt), id, request.ruleId(), request.location(), request.text()));
    }

    @Operation(summary = "Submit to the region's finance bureau; ERROR findings and unexplained WARNINGs block it")
    @PostMapping("/{id}/submit")
    SubmissionView submit(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return SubmissionView.of(service.submit(CurrentUser.from(jwt), id));
    }

    @Operation(summary = "The bureau accepts a submission or returns it with a comment")
    @PostMapping("/{id}/review")
    SubmissionView review(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @Valid @RequestBody ReviewRequest request) {
        return SubmissionView.of(service.review(CurrentUser.from(jwt), id, "ACCEPT".equals(request.decision()), request.comment()));
    }

    @Operation(summary = "After publication, open a correction: the next version as a draft, with a 更正说明")
    @PostMapping("/{id}/correct")
    SubmissionView correct(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @Valid @RequestBody CorrectionRequest request) {
        return SubmissionView.of(service.correct(CurrentUser.from(jwt), id, request.note()));
    }

    @Operation(summary = "The audit trail: who, when, what, and every field that changed with before and after")
    @GetMapping("/{id}/audit")
    List<AuditEntry> audit(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return service.audit(CurrentUser.from(jwt), id);
    }

    @Operation(summary = "Every version of the submission as it last stood")
    @GetMapping("/{id}/versions")
    List<SubmissionView> versions(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return service.versions(CurrentUser.from(jwt), id).stream().map(SubmissionView::ofVersion).toList();
    }
}
