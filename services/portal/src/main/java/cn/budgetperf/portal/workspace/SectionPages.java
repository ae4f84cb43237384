package cn.budgetperf.portal.workspace;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.downstream.BadRequest;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import cn.budgetperf.portal.workspace.Sections.Section;
import jakarta.servlet.http.HttpServletResponse;
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
 * The forms for the rest of the document (部门概况, 收入, 支出 by nature and by 类/款/项, '三公', 采购和资产,
 * 项目, 绩效自评, 问题和措施), one page per section: saved into the draft through the budget service,
 * which answers its findings; each finding stands beside the field or row it names.
 */
@Controller
class SectionPages {

    private static final String SUBMISSIONS = "/api/budget/submissions/";

    private final Downstream downstream;

    SectionPages(Downstream downstream) {
        this.downstream = downstream;
    }

    @GetMapping("/portal/workspace/{id}/sections/{key}")
    String show(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable String key,
                @RequestParam(required = false) String notice, Model model) {
        CurrentUser user = WorkspaceController.department(jwt);
        Section section = section(key);
        Map<String, Object> submission = downstream.budgetGet(jwt, SUBMISSIONS + id);
        Notice.of(notice).ifPresent(n -> model.addAttribute("notice", n.text()));
        return page(user, section, submission, SectionForm.values(section, document(submission)), List.of(), model);
    }

    @PostMapping("/portal/workspace/{id}/sections/{key}")
    String save(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable String key,
                @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        CurrentUser user = WorkspaceController.department(jwt);
        Section section = section(key);
        Map<String, Object> submission = downstream.budgetGet(jwt, SUBMISSIONS + id);
        SectionForm.Applied applied = SectionForm.apply(section, document(submission), form);
        if (!applied.problems().isEmpty()) {
            response.setStatus(400);
            return page(user, section, submission, form, applied.problems(), model);
        }
        try {
            Map<String, Object> saved = downstream.budgetPost(jwt, "/api/budget/submissions", applied.document());
            return "redirect:/portal/workspace/" + saved.get("id") + "/sections/" + key + "?notice=" + Notice.SAVED.code();
        } catch (DownstreamRefusal e) {
            if (e.forbidden()) {
                throw e;
            }
            response.setStatus(e.status() == 422 ? 422 : 400);
            return page(user, section, submission, form, List.of(e.detail()), model);
        }
    }

    /** The findings beside each input name (a field, a row of amounts, a table), and the section's others. */
    public record Placed(Map<String, List<Map<String, Object>>> beside, List<Map<String, Object>> others) {

        public List<Map<String, Object>> at(String name) {
            return beside.getOrDefault(name, List.of());
        }
    }

    @SuppressWarnings("unchecked")
    static Placed place(Section section, Map<String, Object> submission) {
        List<Map<String, Object>> findings = submission.get("findings") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
        Map<String, List<Map<String, Object>>> beside = new LinkedHashMap<>();
        List<Map<String, Object>> others = new ArrayList<>();
        for (Map<String, Object> f : findings) {
            String location = String.valueOf(f.get("location"));
            String target = section.roots().stream().filter(root -> concerns(location, root)).findFirst().orElse(null);
            if (target != null) {
                beside.computeIfAbsent(target, k -> new ArrayList<>()).add(f);
            } else if (section.roots().stream().anyMatch(root -> location.startsWith(root.split("\\.")[0] + "."))) {
                others.add(f);
            }
        }
        return new Placed(beside, others);
    }

    /** A finding at {@code income.total.actual} concerns the row {@code income.total}; one at {@code profile.actualStaff} the field {@code profile.actualStaff.total}. */
    private static boolean concerns(String location, String root) {
        return location.equals(root) || location.startsWith(root + ".") || location.startsWith(root + "[")
                || root.startsWith(location + ".");
    }

    private String page(CurrentUser user, Section section, Map<String, Object> submission, Map<String, String> values,
                        List<String> problems, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("s", submission);
        model.addAttribute("section", section);
        model.addAttribute("sections", Sections.ALL);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("placed", place(section, submission));
        model.addAttribute("columns", Sections.AMOUNT_COLUMNS);
        model.addAttribute("tableRows", section.table() == null ? 0 : SectionForm.rowsShown(section.table(), document(submission)));
        model.addAttribute("editable", List.of("DRAFT", "RETURNED").contains(String.valueOf(submission.get("status"))));
        return "workspace/section";
    }

    private static Section section(String key) {
        return Sections.of(key).orElseThrow(() -> new BadRequest("没有这一部分：" + key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document(Map<String, Object> submission) {
        return submission.get("document") instanceof Map<?, ?> d ? (Map<String, Object>) d : Map.of();
    }
}
