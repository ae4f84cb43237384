package cn.budgetperf.portal.workspace;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The department-year's goals and indicators as the indicator service holds them (the 4-column
 * table, each project's budget figures, overall target and three-level indicators with their
 * actuals, the self-scores), shown beside the submission, and the form that edits them: read from
 * {@code GET /api/indicators/goals}, saved whole through {@code POST /api/indicators/goals}
 * ({@link GoalsForm} maps one shape to the other without losing what the form does not show).
 */
@Controller
class GoalPages {

    private static final String GOALS = "/api/indicators/goals";

    private final Downstream downstream;

    GoalPages(Downstream downstream) {
        this.downstream = downstream;
    }

    @GetMapping("/portal/workspace/{id}/goals")
    String goals(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestParam(required = false) String notice, Model model) {
        model.addAttribute("user", WorkspaceController.department(jwt));
        Map<String, Object> submission = downstream.budgetGet(jwt, "/api/budget/submissions/" + id);
        model.addAttribute("s", submission);
        Notice.of(notice).ifPresent(n -> model.addAttribute("notice", n.text()));
        current(jwt, submission).ifPresent(g -> model.addAttribute("g", g));
        return "workspace/goals";
    }

    @GetMapping("/portal/workspace/{id}/goals/edit")
    String edit(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, Model model) {
        CurrentUser user = WorkspaceController.department(jwt);
        Map<String, Object> submission = downstream.budgetGet(jwt, "/api/budget/submissions/" + id);
        Map<String, Object> form = current(jwt, submission).map(GoalPages::formOf)
                .orElseGet(() -> GoalsForm.blank(String.valueOf(submission.get("departmentName"))));
        return page(user, submission, form, null, null, model);
    }

    /**
     * Saves the form, or — when a button asked to add a row ({@code add}) or remove one ({@code remove}) —
     * answers the form again with that change and nothing saved (so rows are added and removed without
     * script). A refusal is shown beside the row it names; a save redirects to the goals with a notice.
     */
    @PostMapping("/portal/workspace/{id}/goals/edit")
    String save(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestParam Map<String, String> inputs, Model model,
                HttpServletResponse response) {
        CurrentUser user = WorkspaceController.department(jwt);
        Map<String, Object> submission = downstream.budgetGet(jwt, "/api/budget/submissions/" + id);
        Map<String, Object> form = GoalsForm.read(inputs);
        if (inputs.containsKey("add") || inputs.containsKey("remove")) {
            GoalsForm.edit(form, inputs.get("add"), inputs.get("remove"));
            return page(user, submission, form, null, null, model);
        }
        Map<String, Object> compact = GoalsForm.compact(form);
        try {
            downstream.indicatorPost(jwt, GOALS, GoalsForm.draft(compact, String.valueOf(submission.get("departmentCode")),
                    Integer.parseInt(String.valueOf(submission.get("fiscalYear")))));
            return "redirect:/portal/workspace/" + id + "/goals?notice=" + Notice.GOALS.code();
        } catch (DownstreamRefusal e) {
            if (e.forbidden()) {
                throw e;
            }
            response.setStatus(400);
            return page(user, submission, compact, e.detail(), GoalsForm.locate(e.detail(), compact), model);
        }
    }

    private Optional<Map<String, Object>> current(Jwt jwt, Map<String, Object> submission) {
        try {
            return Optional.of(downstream.indicatorGetExact(jwt, GOALS + "?department=" + submission.get("departmentCode")
                    + "&year=" + submission.get("fiscalYear")));
        } catch (DownstreamRefusal e) {
            if (e.status() != 404) {
                throw e;
            }
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> formOf(Map<String, Object> view) {
        return GoalsForm.of(view.get("goals") instanceof Map<?, ?> goals ? (Map<String, Object>) goals : Map.of());
    }

    private String page(CurrentUser user, Map<String, Object> submission, Map<String, Object> form, String refusal, String refusalAt,
                        Model model) {
        model.addAttribute("user", user);
        model.addAttribute("s", submission);
        model.addAttribute("form", form);
        model.addAttribute("refusal", refusal);
        model.addAttribute("refusalAt", refusalAt == null ? "" : refusalAt);
        model.addAttribute("comparators", GoalsForm.COMPARATORS);
        model.addAttribute("grades", GoalsForm.GRADES);
        model.addAttribute("itemFields", GoalsForm.ITEM_FIELDS);
        return "workspace/goals-form";
    }
}
