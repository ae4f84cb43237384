package cn.budgetperf.portal.workspace;

import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The department-year's goals and indicators as the indicator service holds them (the 4-column
 * table, each project's budget figures, overall target and three-level indicators with their
 * actuals, the self-scores), read-only beside the submission.
 */
@Controller
class GoalPages {

    private final Downstream downstream;

    GoalPages(Downstream downstream) {
        this.downstream = downstream;
    }

    @GetMapping("/portal/workspace/{id}/goals")
    String goals(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, Model model) {
        model.addAttribute("user", WorkspaceController.department(jwt));
        Map<String, Object> submission = downstream.budgetGet(jwt, "/api/budget/submissions/" + id);
        model.addAttribute("s", submission);
        try {
            model.addAttribute("g", downstream.indicatorGet(jwt, "/api/indicators/goals?department=" + submission.get("departmentCode")
                    + "&year=" + submission.get("fiscalYear")));
        } catch (DownstreamRefusal e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        return "workspace/goals";
    }
}
