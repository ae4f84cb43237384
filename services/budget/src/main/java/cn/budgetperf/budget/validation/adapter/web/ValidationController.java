package cn.budgetperf.budget.validation.adapter.web;

import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.budget.validation.application.RuleStatistics;
import cn.budgetperf.budget.validation.application.Validation;
import cn.budgetperf.budget.validation.domain.Finding;
import cn.budgetperf.budget.validation.domain.RuleDefinition;
import cn.budgetperf.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/budget")
class ValidationController {

    private final Validation validation;
    private final RuleStatistics statistics;

    ValidationController(Validation validation, RuleStatistics statistics) {
        this.validation = validation;
        this.statistics = statistics;
    }

    @Operation(summary = "Check a submission document without storing it; returns every finding")
    @PostMapping("/validate")
    List<Finding> validate(@RequestBody SubmissionDocument document) {
        return validation.validate(document);
    }

    @Operation(summary = "Every rule of the registry: id, category, severity, message template, fields read")
    @GetMapping("/rules")
    List<RuleDefinition> rules() {
        return validation.rules();
    }

    @Operation(summary = "Bureau: every rule with how often it fired in its region (admin: any region or all)")
    @GetMapping("/rules/statistics")
    List<RuleStatistics.RuleUse> statistics(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String region,
                                            @RequestParam(required = false) Integer year) {
        return statistics.forCaller(CurrentUser.from(jwt), region, year);
    }
}
