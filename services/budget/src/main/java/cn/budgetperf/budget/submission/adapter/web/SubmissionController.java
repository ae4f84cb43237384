package cn.budgetperf.budget.submission.adapter.web;

import cn.budgetperf.budget.submission.application.DraftCommand;
import cn.budgetperf.budget.submission.application.SubmissionService;
import cn.budgetperf.budget.submission.domain.FigureChecks;
import cn.budgetperf.budget.submission.domain.Figures;
import cn.budgetperf.budget.submission.domain.Finding;
import cn.budgetperf.budget.submission.domain.SubmissionBlocked;
import cn.budgetperf.budget.submission.domain.WorkflowViolation;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/budget")
class SubmissionController {

    private final SubmissionService service;

    SubmissionController(SubmissionService service) {
        this.service = service;
    }

    @Operation(summary = "Create the department-year's draft or replace its content")
    @PostMapping("/submissions")
    SubmissionView saveDraft(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody SubmissionRequest request) {
        return SubmissionView.of(service.saveDraft(CurrentUser.from(jwt), toCommand(request)));
    }

    @Operation(summary = "List the submissions the caller may see: own department, own region, or all for admin")
    @GetMapping("/submissions")
    List<SubmissionView> list(@AuthenticationPrincipal Jwt jwt) {
        return service.list(CurrentUser.from(jwt)).stream().map(SubmissionView::of).toList();
    }

    @GetMapping("/submissions/{id}")
    SubmissionView read(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return SubmissionView.of(service.read(CurrentUser.from(jwt), id));
    }

    @GetMapping("/submissions/{id}/findings")
    List<Finding> findings(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return service.read(CurrentUser.from(jwt), id).findings();
    }

    @Operation(summary = "Submit a draft to the region's finance bureau; ERROR findings block it")
    @PostMapping("/submissions/{id}/submit")
    SubmissionView submit(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return SubmissionView.of(service.submit(CurrentUser.from(jwt), id));
    }

    @Operation(summary = "The bureau accepts a submission or returns it with a comment")
    @PostMapping("/submissions/{id}/review")
    SubmissionView review(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @Valid @RequestBody ReviewRequest request) {
        return SubmissionView.of(service.review(CurrentUser.from(jwt), id, "ACCEPT".equals(request.decision()), request.comment()));
    }

    @Operation(summary = "Check a submission document without storing it")
    @PostMapping("/validate")
    List<Finding> validate(@Valid @RequestBody SubmissionRequest request) {
        return FigureChecks.check(toCommand(request).figures());
    }

    @ExceptionHandler(WorkflowViolation.class)
    ProblemDetail workflow(WorkflowViolation e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(SubmissionBlocked.class)
    ProblemDetail blocked(SubmissionBlocked e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("findings", e.findings());
        return problem;
    }

    private static DraftCommand toCommand(SubmissionRequest r) {
        return new DraftCommand(DepartmentCode.of(r.departmentCode()), r.departmentName(), FiscalYear.of(r.fiscalYear()),
                new Figures(Money.ofWanYuan(r.figures().incomeTotal()), Money.ofWanYuan(r.figures().expenditureTotal()),
                        Money.ofWanYuan(r.figures().budgetTotal())));
    }
}
