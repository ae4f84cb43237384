package cn.budgetperf.budget.classification.adapter.web;

import cn.budgetperf.budget.classification.application.ClassificationCode;
import cn.budgetperf.budget.classification.application.Classifications;
import cn.budgetperf.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/budget/classifications")
class ClassificationController {

    private final Classifications classifications;

    ClassificationController(Classifications classifications) {
        this.classifications = classifications;
    }

    @Operation(summary = "The functional classification codes (政府收支分类科目) submissions may use")
    @GetMapping
    List<ClassificationCode> list() {
        return classifications.list();
    }

    @Operation(summary = "Add a code (admin); its parent 类 or 款 must exist")
    @PostMapping
    ClassificationCode add(@AuthenticationPrincipal Jwt jwt, @RequestBody ClassificationCode code) {
        return classifications.add(CurrentUser.from(jwt), code.code(), code.name());
    }
}
