package cn.budgetperf.portal.bureau;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region-year's findings by rule (budget's rule statistics: how often each rule fired, on whom,
 * and where it is still open) and by department (the findings on each submission's current content),
 * with the drill-down from a rule to the submissions that have it now.
 */
@Controller
class FindingsController {

    private final Downstream downstream;
    private final RegionYears regionYears;

    FindingsController(Downstream downstream, RegionYears regionYears) {
        this.downstream = downstream;
        this.regionYears = regionYears;
    }

    @GetMapping("/portal/bureau/findings")
    String findings(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String year, Model model) {
        CurrentUser user = BureauUser.of(jwt);
        RegionYear data = regionYears.load(jwt, user.regionCode().orElseThrow(), year);
        List<Map<String, Object>> rules = statistics(jwt, data);
        model.addAttribute("user", user);
        model.addAttribute("region", data.region());
        model.addAttribute("year", data.year());
        model.addAttribute("fired", rules.stream().filter(r -> ((Number) r.get("saves")).longValue() > 0).toList());
        model.addAttribute("silent", rules.stream().filter(r -> ((Number) r.get("saves")).longValue() == 0).count());
        model.addAttribute("departments", data.rows().stream().filter(r -> r.submission() != null).map(DepartmentFindings::of).toList());
        return "bureau/findings";
    }

    @GetMapping("/portal/bureau/findings/{ruleId}")
    @SuppressWarnings("unchecked")
    String rule(@AuthenticationPrincipal Jwt jwt, @PathVariable String ruleId, @RequestParam(required = false) String year, Model model) {
        CurrentUser user = BureauUser.of(jwt);
        RegionYear data = regionYears.load(jwt, user.regionCode().orElseThrow(), year);
        Map<String, Object> use = statistics(jwt, data).stream()
                .filter(r -> r.get("rule") instanceof Map<?, ?> rule && ruleId.equals(rule.get("id"))).findFirst()
                .orElseThrow(() -> DownstreamRefusal.notFound("没有编号为“" + ruleId + "”的校验规则。"));
        model.addAttribute("user", user);
        model.addAttribute("year", data.year());
        model.addAttribute("use", use);
        model.addAttribute("rule", (Map<String, Object>) use.get("rule"));
        model.addAttribute("departments", data.rows().stream().filter(r -> r.submission() != null).map(DepartmentFindings::of)
                .filter(d -> !d.ofRule(ruleId).isEmpty()).toList());
        model.addAttribute("ruleId", ruleId);
        return "bureau/rule";
    }

    private List<Map<String, Object>> statistics(Jwt jwt, RegionYear data) {
        return downstream.budgetList(jwt, "/api/budget/rules/statistics?region=" + data.region() + "&year=" + data.year())
                .stream().filter(Objects::nonNull).toList();
    }
}
