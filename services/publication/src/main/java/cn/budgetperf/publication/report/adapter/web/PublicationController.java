package cn.budgetperf.publication.report.adapter.web;

import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.publication.report.application.PublicationWorkflow;
import cn.budgetperf.publication.report.domain.PublicationRefused;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/publication/{departmentCode}/{year}")
class PublicationController {

    private final PublicationWorkflow workflow;

    PublicationController(PublicationWorkflow workflow) {
        this.workflow = workflow;
    }

    @Operation(summary = "The region's bureau publishes an accepted and scored report (version 1, or again after a withdrawal)")
    @PostMapping("/publish")
    VersionView publish(@AuthenticationPrincipal Jwt jwt, @PathVariable String departmentCode, @PathVariable int year) {
        return VersionView.of(departmentCode, year, workflow.publish(CurrentUser.from(jwt), DepartmentCode.of(departmentCode), FiscalYear.of(year)));
    }

    @Operation(summary = "Publish a corrected version with its 更正说明; earlier versions stay readable")
    @PostMapping("/correct")
    VersionView correct(@AuthenticationPrincipal Jwt jwt, @PathVariable String departmentCode, @PathVariable int year,
                        @Valid @RequestBody PublicationRequest request) {
        return VersionView.of(departmentCode, year,
                workflow.correct(CurrentUser.from(jwt), DepartmentCode.of(departmentCode), FiscalYear.of(year), request.note()));
    }

    @Operation(summary = "Withdraw the public report with a reason; earlier versions stay readable")
    @PostMapping("/withdraw")
    VersionView withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable String departmentCode, @PathVariable int year,
                         @Valid @RequestBody PublicationRequest request) {
        return VersionView.of(departmentCode, year,
                workflow.withdraw(CurrentUser.from(jwt), DepartmentCode.of(departmentCode), FiscalYear.of(year), request.note()));
    }

    @ExceptionHandler(PublicationRefused.class)
    ProblemDetail refused(PublicationRefused e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
