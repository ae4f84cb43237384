package cn.budgetperf.portal.bureau;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.security.Role;
import cn.budgetperf.portal.downstream.BadRequest;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import cn.budgetperf.portal.downstream.DownstreamUnavailable;
import cn.budgetperf.portal.downstream.NotAllowed;
import cn.budgetperf.portal.home.DepartmentDirectory;
import cn.budgetperf.portal.home.DirectoryRow;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The bureau's pages under {@code /portal/bureau}: the region is the token's, the department and
 * year of a publication action are the submission's as the budget service answers it, never the
 * form's.
 */
@Controller
class BureauController {

    private static final String SUBMISSIONS = "/api/budget/submissions";
    private static final Map<String, String> ACTIONS = Map.of("publish", "已公开", "correct", "已更正", "withdraw", "已撤回");

    private final Downstream downstream;
    private final DepartmentDirectory directory;

    BureauController(Downstream downstream, DepartmentDirectory directory) {
        this.downstream = downstream;
        this.directory = directory;
    }

    @GetMapping("/portal/bureau")
    String dashboard(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String year, Model model) {
        CurrentUser user = bureau(jwt);
        String region = user.regionCode().orElseThrow();
        Integer asked = yearAsked(year);
        List<Map<String, Object>> all = downstream.budgetList(jwt, SUBMISSIONS).stream()
                .filter(s -> region.equals(s.get("regionCode"))).toList();
        int fiscalYear = asked != null ? asked : latestYear(all);
        Map<String, Map<String, Object>> submissions = new LinkedHashMap<>();
        all.stream().filter(s -> ((Number) s.get("fiscalYear")).intValue() == fiscalYear)
                .forEach(s -> submissions.merge(String.valueOf(s.get("departmentCode")), s,
                        (a, b) -> ((Number) a.get("version")).intValue() >= ((Number) b.get("version")).intValue() ? a : b));
        Map<String, Map<String, Object>> scores = new LinkedHashMap<>();
        try {
            downstream.scoringList(jwt, "/api/scores?region=" + region + "&year=" + fiscalYear)
                    .forEach(r -> scores.put(String.valueOf(r.get("departmentCode")), r));
        } catch (DownstreamUnavailable | DownstreamRefusal e) {
            model.addAttribute("scoringProblem", "评分结果暂时无法获取，下表暂不显示得分和排名。");
        }
        List<DashboardRow> rows = new ArrayList<>();
        for (DirectoryRow d : directory.findByRegionCodeOrderByCode(region)) {
            rows.add(new DashboardRow(d.code(), d.name(), submissions.remove(d.code()), scores.get(d.code())));
        }
        submissions.forEach((code, s) -> rows.add(new DashboardRow(code, String.valueOf(s.get("departmentName")), s, scores.get(code))));
        Map<String, Long> counts = new LinkedHashMap<>();
        States.ORDER.forEach(state -> counts.put(state, rows.stream().filter(r -> r.state().equals(state)).count()));
        model.addAttribute("user", user);
        model.addAttribute("region", region);
        model.addAttribute("year", fiscalYear);
        model.addAttribute("rows", rows);
        model.addAttribute("counts", counts);
        return "bureau/dashboard";
    }

    @GetMapping("/portal/bureau/submissions/{id}")
    String submission(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, Model model) {
        CurrentUser user = bureau(jwt);
        return page(user, downstream.budgetGet(jwt, SUBMISSIONS + "/" + id), List.of(), model);
    }

    @PostMapping("/portal/bureau/submissions/{id}/review")
    String review(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String comment, Model model, HttpServletResponse response) {
        CurrentUser user = bureau(jwt);
        String text = comment == null ? "" : comment.strip();
        String problem = !"ACCEPT".equals(decision) && !"RETURN".equals(decision) ? "请选择审核通过或退回修改"
                : "RETURN".equals(decision) && text.isEmpty() ? "退回修改时请填写审核意见" : null;
        if (problem != null) {
            response.setStatus(400);
            return page(user, downstream.budgetGet(jwt, SUBMISSIONS + "/" + id), List.of(problem), model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("comment", text.isEmpty() ? null : text);
        try {
            Map<String, Object> saved = downstream.budgetPost(jwt, SUBMISSIONS + "/" + id + "/review", body);
            model.addAttribute("notice", "ACCEPT".equals(decision) ? "已审核通过。" : "已退回部门修改。");
            return page(user, saved, List.of(), model);
        } catch (DownstreamRefusal e) {
            return refused(jwt, user, id, e, model, response);
        }
    }

    @PostMapping("/portal/bureau/submissions/{id}/publication")
    String publication(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestParam(required = false) String action,
                       @RequestParam(required = false) String note, Model model, HttpServletResponse response) {
        CurrentUser user = bureau(jwt);
        Map<String, Object> submission = downstream.budgetGet(jwt, SUBMISSIONS + "/" + id);
        String text = note == null ? "" : note.strip();
        String problem = !ACTIONS.containsKey(action) ? "请选择公开、更正或撤回"
                : !"publish".equals(action) && text.isEmpty() ? ("correct".equals(action) ? "更正时请填写更正说明" : "撤回时请填写撤回原因")
                : null;
        if (problem != null) {
            response.setStatus(400);
            return page(user, submission, List.of(problem), model);
        }
        String path = "/api/publication/" + submission.get("departmentCode") + "/" + submission.get("fiscalYear") + "/" + action;
        try {
            downstream.publicationPost(jwt, path, "publish".equals(action) ? Map.of() : Map.of("note", text));
            model.addAttribute("notice", "操作成功：" + ACTIONS.get(action) + "。公开页面将在片刻后更新。");
            return page(user, submission, List.of(), model);
        } catch (DownstreamRefusal e) {
            return refused(jwt, user, id, e, model, response);
        }
    }

    private String refused(Jwt jwt, CurrentUser user, UUID id, DownstreamRefusal e, Model model, HttpServletResponse response) {
        if (e.forbidden()) {
            throw e;
        }
        response.setStatus(e.status() == 409 || e.status() == 422 ? e.status() : 400);
        return page(user, downstream.budgetGet(jwt, SUBMISSIONS + "/" + id), List.of(e.detail()), model);
    }

    private String page(CurrentUser user, Map<String, Object> submission, List<String> problems, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("s", submission);
        model.addAttribute("state", States.label(submission));
        model.addAttribute("problems", problems);
        model.addAttribute("reviewable", "SUBMITTED".equals(submission.get("status")));
        return "bureau/submission";
    }

    private static Integer yearAsked(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        if (!input.strip().matches("20\\d\\d")) {
            throw new BadRequest("年度应为 2000 至 2099 之间的四位数字");
        }
        return Integer.valueOf(input.strip());
    }

    private static int latestYear(List<Map<String, Object>> submissions) {
        return submissions.stream().mapToInt(s -> ((Number) s.get("fiscalYear")).intValue()).max()
                .orElse(Year.now().getValue() - 1);
    }

    private static CurrentUser bureau(Jwt jwt) {
        CurrentUser user = CurrentUser.from(jwt);
        if (!user.has(Role.FINANCE_BUREAU) || user.regionCode().isEmpty()) {
            throw new NotAllowed("财政部门工作台仅供财政部门使用。");
        }
        return user;
    }
}
