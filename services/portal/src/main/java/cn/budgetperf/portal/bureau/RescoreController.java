package cn.budgetperf.portal.bureau;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The bureau re-scores one item (复核) with a reason through scoring, which audits it and recomputes;
 * the department and year are the submission's as budget answers it. Bad input answers the page
 * again with the Chinese problem beside the form, status 400, and nothing is sent.
 */
@Controller
class RescoreController {

    private final Downstream downstream;
    private final SubmissionPage page;

    RescoreController(Downstream downstream, SubmissionPage page) {
        this.downstream = downstream;
        this.page = page;
    }

    @PostMapping("/portal/bureau/submissions/{id}/rescore")
    String rescore(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestParam(required = false) String code,
                   @RequestParam(required = false) String points, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String withdraw, Model model, HttpServletResponse response) {
        CurrentUser user = BureauUser.of(jwt);
        Map<String, Object> submission = downstream.budgetGet(jwt, "/api/budget/submissions/" + id);
        String path = "/api/scores/" + submission.get("departmentCode") + "/" + submission.get("fiscalYear");
        RescoreForm form = new RescoreForm(code, points, reason, withdraw != null);
        ScoreItemRow item = ScoreItemRow.of(downstream.scoringGet(jwt, path)).stream()
                .filter(i -> i.code().equals(code) && i.applicable()).findFirst().orElse(null);
        String problem = item == null ? "请选择当前评分中适用的评分项进行复核"
                : form.withdraw() && !item.reviewed() ? "评分项“" + item.name() + "”尚未复核，无需撤销"
                : form.problem(item.name(), new BigDecimal(String.valueOf(item.maxPoints())));
        if (problem == null) {
            try {
                downstream.scoringPost(jwt, path + "/review", form.body());
                return "redirect:/portal/bureau/submissions/" + id + "?done=" + (form.withdraw() ? "unreviewed" : "rescored") + "&item="
                        + UriUtils.encodeQueryParam(code, StandardCharsets.UTF_8) + "#score";
            } catch (DownstreamRefusal e) {
                if (e.forbidden()) {
                    throw e;
                }
                response.setStatus(e.status() == 409 || e.status() == 422 ? e.status() : 400);
                problem = e.detail();
            }
        } else {
            response.setStatus(400);
        }
        model.addAttribute("rescore", form);
        model.addAttribute("rescoreProblem", problem);
        return page.show(jwt, user, submission, List.of(problem), null, model);
    }
}
