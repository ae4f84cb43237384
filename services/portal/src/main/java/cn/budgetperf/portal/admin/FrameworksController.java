package cn.budgetperf.portal.admin;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The evaluation frameworks as the indicator service keeps them (every version, its assignments and
 * item tree), and the admin's assignment of a framework to a region and year
 * ({@code POST /api/indicators/frameworks/{id}/assignments}).
 */
@Controller
class FrameworksController {

    private static final String PATH = "/api/indicators/frameworks";

    private final Downstream downstream;

    FrameworksController(Downstream downstream) {
        this.downstream = downstream;
    }

    @GetMapping("/portal/admin/frameworks")
    String list(@AuthenticationPrincipal Jwt jwt, Model model) {
        model.addAttribute("user", AdminUser.of(jwt));
        model.addAttribute("frameworks", downstream.indicatorList(jwt, PATH));
        return "admin/frameworks";
    }

    @GetMapping("/portal/admin/frameworks/{id}")
    String one(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @RequestParam(required = false) String done, Model model) {
        return page(jwt, AdminUser.of(jwt), id, null, AdminNotice.of(done), model);
    }

    @PostMapping("/portal/admin/frameworks/{id}/assignments")
    String assign(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @RequestParam(required = false) String regionCode,
                  @RequestParam(required = false) String fiscalYear, Model model, HttpServletResponse response) {
        CurrentUser user = AdminUser.of(jwt);
        String region = regionCode == null ? "" : regionCode.strip();
        String year = fiscalYear == null ? "" : fiscalYear.strip();
        String problem = !region.matches("[1-9][0-9]{5}") ? "地区代码应为6位行政区划代码，例如 130609"
                : !year.matches("20[0-9]{2}") ? "年度应为 2000 至 2099 之间的四位数字" : null;
        if (problem == null) {
            try {
                downstream.indicatorPost(jwt, PATH + "/" + UriUtils.encodePathSegment(id, "UTF-8") + "/assignments",
                        Map.of("regionCode", region, "fiscalYear", Integer.valueOf(year)));
                return "redirect:/portal/admin/frameworks/" + UriUtils.encodePathSegment(id, "UTF-8") + "?done=assigned";
            } catch (DownstreamRefusal e) {
                if (e.forbidden() || e.status() == 404) {
                    throw e;
                }
                response.setStatus(400);
                problem = e.detail();
            }
        } else {
            response.setStatus(400);
        }
        model.addAttribute("regionCode", regionCode);
        model.addAttribute("fiscalYear", fiscalYear);
        return page(jwt, user, id, problem, null, model);
    }

    private String page(Jwt jwt, CurrentUser user, String id, String problem, String notice, Model model) {
        Map<String, Object> framework = downstream.indicatorList(jwt, PATH).stream().filter(f -> id.equals(f.get("id"))).findFirst()
                .orElseThrow(() -> DownstreamRefusal.notFound("没有编号为“" + id + "”的评价框架。"));
        model.addAttribute("user", user);
        model.addAttribute("f", framework);
        model.addAttribute("items", FrameworkItemLine.flatten(framework.get("items")));
        model.addAttribute("problem", problem);
        model.addAttribute("notice", notice);
        return "admin/framework";
    }
}
