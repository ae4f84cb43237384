package cn.budgetperf.portal.workspace;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.security.Role;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import cn.budgetperf.portal.downstream.NotAllowed;
import cn.budgetperf.portal.home.DepartmentDirectory;
import cn.budgetperf.portal.home.DirectoryRow;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The department's pages under {@code /portal/workspace}: every page reads and writes through the
 * budget service with the caller's token; the department code and name come from the token and the
 * directory. Bad input re-renders the form with a Chinese message and status 400, nothing stored.
 */
@Controller
class WorkspaceController {

    private static final String SUBMISSIONS = "/api/budget/submissions";

    private final Downstream downstream;
    private final DepartmentDirectory directory;

    WorkspaceController(Downstream downstream, DepartmentDirectory directory) {
        this.downstream = downstream;
        this.directory = directory;
    }

    @GetMapping("/portal/workspace")
    String list(@AuthenticationPrincipal Jwt jwt, Model model) {
        CurrentUser user = department(jwt);
        List<Map<String, Object>> submissions = downstream.budgetList(jwt, SUBMISSIONS).stream()
                .sorted(Comparator.comparing((Map<String, Object> s) -> ((Number) s.get("fiscalYear")).intValue()).reversed())
                .toList();
        model.addAttribute("user", user);
        model.addAttribute("departmentName", departmentName(user));
        model.addAttribute("submissions", submissions);
        model.addAttribute("form", new FiguresForm("", "", ""));
        return "workspace/list";
    }

    @PostMapping("/portal/workspace")
    String create(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String fiscalYear, FiguresForm form,
                  Model model, HttpServletResponse response) {
        CurrentUser user = department(jwt);
        Integer year = yearOf(fiscalYear);
        List<String> problems = new ArrayList<>(form.problems());
        if (year == null) {
            problems.add(0, "年度应为 2000 至 2099 之间的四位数字");
        }
        if (problems.isEmpty()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("departmentCode", user.departmentCode().orElseThrow());
            document.put("departmentName", departmentName(user));
            document.put("fiscalYear", year);
            document.put("figures", form.asJson());
            try {
                Map<String, Object> saved = downstream.budgetPost(jwt, SUBMISSIONS, document);
                return Notice.CREATED.on(saved.get("id"));
            } catch (DownstreamRefusal e) {
                if (e.forbidden()) {
                    throw e;
                }
                problems.add(e.detail());
            }
        }
        response.setStatus(400);
        model.addAttribute("user", user);
        model.addAttribute("departmentName", departmentName(user));
        model.addAttribute("submissions", List.of());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "workspace/list";
    }

    @GetMapping("/portal/workspace/{id}")
    String show(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestParam(required = false) String notice,
                Model model) {
        CurrentUser user = department(jwt);
        Map<String, Object> submission = downstream.budgetGet(jwt, SUBMISSIONS + "/" + id);
        Notice.of(notice).ifPresent(n -> model.addAttribute("notice", n.text()));
        return page(user, submission, FiguresForm.of(figuresOf(submission)), List.of(), model);
    }

    @PostMapping("/portal/workspace/{id}/figures")
    String saveFigures(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, FiguresForm form, Model model,
                       HttpServletResponse response) {
        CurrentUser user = department(jwt);
        Map<String, Object> submission = downstream.budgetGet(jwt, SUBMISSIONS + "/" + id);
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return page(user, submission, form, problems, model);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> document = new LinkedHashMap<>((Map<String, Object>) submission.get("document"));
        document.put("figures", form.asJson());
        try {
            Map<String, Object> saved = downstream.budgetPost(jwt, SUBMISSIONS, document);
            return Notice.SAVED.on(saved.get("id"));
        } catch (DownstreamRefusal e) {
            if (e.forbidden()) {
                throw e;
            }
            response.setStatus(400);
            return page(user, submission, form, List.of(e.detail()), model);
        }
    }

    @PostMapping("/portal/workspace/{id}/explanations")
    String explain(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestParam String ruleId,
                   @RequestParam String location, @RequestParam(required = false) String text, Model model,
                   HttpServletResponse response) {
        CurrentUser user = department(jwt);
        if (text == null || text.isBlank()) {
            Map<String, Object> submission = downstream.budgetGet(jwt, SUBMISSIONS + "/" + id);
            response.setStatus(400);
            return page(user, submission, FiguresForm.of(figuresOf(submission)), List.of("请填写说明的内容"), model);
        }
        return act(jwt, user, id, "/explanations", Map.of("ruleId", ruleId, "location", location, "text", text.strip()),
                Notice.EXPLAINED, model, response);
    }

    @PostMapping("/portal/workspace/{id}/submit")
    String submit(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, Model model, HttpServletResponse response) {
        return act(jwt, department(jwt), id, "/submit", null, Notice.SUBMITTED, model, response);
    }

    private String act(Jwt jwt, CurrentUser user, UUID id, String path, Object body, Notice notice, Model model,
                       HttpServletResponse response) {
        try {
            Map<String, Object> saved = downstream.budgetPost(jwt, SUBMISSIONS + "/" + id + path, body);
            return notice.on(saved.get("id"));
        } catch (DownstreamRefusal e) {
            if (e.forbidden()) {
                throw e;
            }
            Map<String, Object> submission = downstream.budgetGet(jwt, SUBMISSIONS + "/" + id);
            response.setStatus(e.status() == 422 ? 422 : 400);
            return page(user, submission, FiguresForm.of(figuresOf(submission)), List.of(e.detail()), model);
        }
    }

    private String page(CurrentUser user, Map<String, Object> submission, FiguresForm form, List<String> problems, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("s", submission);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("findings", FindingsByField.of(submission));
        model.addAttribute("sections", Sections.ALL);
        model.addAttribute("editable", List.of("DRAFT", "RETURNED").contains(String.valueOf(submission.get("status"))));
        return "workspace/submission";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figuresOf(Map<String, Object> submission) {
        return (Map<String, Object>) submission.get("figures");
    }

    private static Integer yearOf(String input) {
        if (input == null || !input.strip().matches("20\\d\\d")) {
            return null;
        }
        return Integer.valueOf(input.strip());
    }

    private String departmentName(CurrentUser user) {
        return user.departmentCode().flatMap(directory::findById).map(DirectoryRow::name)
                .orElse(user.departmentCode().orElse(""));
    }

    static CurrentUser department(Jwt jwt) {
        CurrentUser user = CurrentUser.from(jwt);
        if (!user.has(Role.DEPARTMENT) || user.departmentCode().isEmpty()) {
            throw new NotAllowed("填报工作台仅供预算部门填报人使用。");
        }
        return user;
    }
}
