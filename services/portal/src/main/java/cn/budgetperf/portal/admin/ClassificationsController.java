package cn.budgetperf.portal.admin;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The functional classification codes (政府收支分类科目) as the budget service keeps them, and the
 * admin's addition of a code ({@code POST /api/budget/classifications}; the parent 类 or 款 must exist).
 */
@Controller
class ClassificationsController {

    private static final String PATH = "/api/budget/classifications";
    private static final Pattern CODE = Pattern.compile("[0-9]{3}|[0-9]{5}|[0-9]{7}");

    private final Downstream downstream;

    ClassificationsController(Downstream downstream) {
        this.downstream = downstream;
    }

    @GetMapping("/portal/admin/classifications")
    String list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String done, Model model) {
        return page(jwt, AdminUser.of(jwt), null, AdminNotice.of(done), model);
    }

    @PostMapping("/portal/admin/classifications")
    String add(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String code, @RequestParam(required = false) String name,
               Model model, HttpServletResponse response) {
        CurrentUser user = AdminUser.of(jwt);
        String problem = code == null || !CODE.matcher(code.strip()).matches() ? "科目编码应为3位（类）、5位（款）或7位（项）数字"
                : name == null || name.isBlank() || name.strip().length() > 100 ? "科目名称不能为空，且不超过100个字" : null;
        if (problem == null) {
            try {
                downstream.budgetPost(jwt, PATH, Map.of("code", code.strip(), "name", name.strip()));
                return "redirect:/portal/admin/classifications?done=classification";
            } catch (DownstreamRefusal e) {
                if (e.forbidden()) {
                    throw e;
                }
                response.setStatus(e.status() == 409 ? 409 : 400);
                problem = e.detail();
            }
        } else {
            response.setStatus(400);
        }
        model.addAttribute("code", code);
        model.addAttribute("name", name);
        return page(jwt, user, problem, null, model);
    }

    private String page(Jwt jwt, CurrentUser user, String problem, String notice, Model model) {
        List<CodeLine> codes = downstream.budgetList(jwt, PATH).stream()
                .map(c -> new CodeLine(String.valueOf(c.get("code")), String.valueOf(c.get("name")))).toList();
        model.addAttribute("user", user);
        model.addAttribute("codes", codes);
        model.addAttribute("problem", problem);
        model.addAttribute("notice", notice);
        return "admin/classifications";
    }

}
