package cn.budgetperf.portal.bureau;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import cn.budgetperf.portal.downstream.SubmissionReports;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bureau's pages under {@code /portal/bureau}: the region is the token's, the department and
 * year of a publication action are the submission's as the budget service answers it, never the
 * form's. A successful action redirects to the submission's page, which says what was done.
 */
@Controller
class BureauController {

    private static final String SUBMISSIONS = "/api/budget/submissions";
    private static final Map<String, String> ACTIONS = Map.of("publish", "已公开", "correct", "已更正", "withdraw", "已撤回");

    private final Downstream downstream;
    private final RegionYears regionYears;
    private final SubmissionPage submissionPage;
    private final SubmissionReports reports;

    BureauController(Downstream downstream, RegionYears regionYears, SubmissionPage submissionPage, SubmissionReports reports) {
        this.downstream = downstream;
        this.regionYears = regionYears;
        this.submissionPage = submissionPage;
        this.reports = reports;
    }

    @GetMapping("/portal/bureau")
    String dashboard(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String year, Model model) {
        CurrentUser user = BureauUser.of(jwt);
        RegionYear data = regionYears.load(jwt, user.regionCode().orElseThrow(), year);
        Map<String, Long> counts = new LinkedHashMap<>();
        States.ORDER.forEach(state -> counts.put(state, data.rows().stream().filter(r -> r.state().equals(state)).count()));
        model.addAttribute("user", user);
        model.addAttribute("region", data.region());
        model.addAttribute("year", data.year());
        model.addAttribute("rows", data.rows());
        model.addAttribute("counts", counts);
        model.addAttribute("distribution", data.distribution());
        if (data.scoringProblem() != null) {
            model.addAttribute("scoringProblem", data.scoringProblem());
        }
        return "bureau/dashboard";
    }

    @GetMapping("/portal/bureau/submissions/{id}")
    String submission(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestParam(required = false) String done,
                      @RequestParam(required = false) String item, Model model) {
        CurrentUser user = BureauUser.of(jwt);
        return submissionPage.show(jwt, user, downstream.budgetGet(jwt, SUBMISSIONS + "/" + id), List.of(),
                Notice.of(done, item), model);
    }

    /** The attached self-evaluation report as the budget service gives it to the bureau of the submission's region. */
    @GetMapping("/portal/bureau/submissions/{id}/report/file")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        BureauUser.of(jwt);
        return reports.file(jwt, id);
    }

    @PostMapping("/portal/bureau/submissions/{id}/review")
    String review(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String comment, Model model, HttpServletResponse response) {
        CurrentUser user = BureauUser.of(jwt);
        String text = comment == null ? "" : comment.strip();
        String problem = !"ACCEPT".equals(decision) && !"RETURN".equals(decision) ? "请选择审核通过或退回修改"
                : "RETURN".equals(decision) && text.isEmpty() ? "退回修改时请填写审核意见" : null;
        if (problem != null) {
            response.setStatus(400);
            return submissionPage.show(jwt, user, downstream.budgetGet(jwt, SUBMISSIONS + "/" + id), List.of(problem), null, model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("comment", text.isEmpty() ? null : text);
        try {
            downstream.budgetPost(jwt, SUBMISSIONS + "/" + id + "/review", body);
            return "redirect:/portal/bureau/submissions/" + id + "?done=" + ("ACCEPT".equals(decision) ? "accepted" : "returned");
        } catch (DownstreamRefusal e) {
            return refused(jwt, user, id, e, model, response);
        }
    }

    @PostMapping("/portal/bureau/submissions/{id}/publication")
    String publication(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestParam(required = false) String action,
                       @RequestParam(required = false) String note, Model model, HttpServletResponse response) {
        CurrentUser user = BureauUser.of(jwt);
        Map<String, Object> submission = downstream.budgetGet(jwt, SUBMISSIONS + "/" + id);
        String text = note == null ? "" : note.strip();
        String problem = !ACTIONS.containsKey(action) ? "请选择公开、更正或撤回"
                : !"publish".equals(action) && text.isEmpty() ? ("correct".equals(action) ? "更正时请填写更正说明" : "撤回时请填写撤回原因")
                : null;
        if (problem != null) {
            response.setStatus(400);
            return submissionPage.show(jwt, user, submission, List.of(problem), null, model);
        }
        String path = "/api/publication/" + submission.get("departmentCode") + "/" + submission.get("fiscalYear") + "/" + action;
        try {
            downstream.publicationPost(jwt, path, "publish".equals(action) ? Map.of() : Map.of("note", text));
            return "redirect:/portal/bureau/submissions/" + id + "?done=" + action;
        } catch (DownstreamRefusal e) {
            return refused(jwt, user, id, e, model, response);
        }
    }

    private String refused(Jwt jwt, CurrentUser user, UUID id, DownstreamRefusal e, Model model, HttpServletResponse response) {
        if (e.forbidden()) {
            throw e;
        }
        response.setStatus(e.status() == 409 || e.status() == 422 ? e.status() : 400);
        return submissionPage.show(jwt, user, downstream.budgetGet(jwt, SUBMISSIONS + "/" + id), List.of(e.detail()), null, model);
    }
}
