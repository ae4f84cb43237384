package cn.budgetperf.portal.workspace;

import cn.budgetperf.portal.downstream.Downstream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A preview of the public 部门决算公开 page from the submission's current figures, marked 预览 on
 * every table: the publication service renders only published snapshots (it has no preview of an
 * unpublished one), so the portal lays out the same standard tables from the same document.
 */
@Controller
class PreviewPages {

    private static final List<String> INCOME = List.of("generalPublicBudget", "governmentFund", "stateCapital", "fiscalAppropriation",
            "fiscalSpecialAccount", "superiorSubsidy", "businessIncome", "operatingIncome", "subordinateRemittance", "other", "total");
    private static final List<String> EXPENDITURE = List.of("basic", "personnel", "publicFunds", "project", "remittanceToSuperior",
            "operating", "subsidyToSubordinate", "total");
    private static final List<String> THREE_PUBLIC = List.of("threePublic.abroad", "threePublic.vehiclePurchase",
            "threePublic.vehicleOperation", "threePublic.reception", "threePublic.total", "meeting", "training", "operatingCosts");

    private final Downstream downstream;

    PreviewPages(Downstream downstream) {
        this.downstream = downstream;
    }

    /** One row of a preview table: its name and its amounts in 万元 (年初预算数, 决算数, 上年决算数). */
    public record Line(String name, String budget, String actual, String priorYearActual) {
    }

    /** A standard table; {@code lines} is empty when the submission does not report it. */
    public record Table(String title, List<Line> lines) {
    }

    @GetMapping("/portal/workspace/{id}/preview")
    String preview(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, Model model) {
        model.addAttribute("user", WorkspaceController.department(jwt));
        Map<String, Object> submission = downstream.budgetGet(jwt, "/api/budget/submissions/" + id);
        Map<String, Object> document = map(submission.get("document"));
        model.addAttribute("s", submission);
        model.addAttribute("tables", List.of(
                amountRows("收入决算表", "income", INCOME, document),
                amountRows("支出决算表", "expenditure", EXPENDITURE, document),
                functional(document),
                amountRows("“三公”经费、会议费、培训费和机关运行经费", "", THREE_PUBLIC, document)));
        model.addAttribute("evaluation", map(document.get("selfEvaluation")));
        return "workspace/preview";
    }

    private static Table amountRows(String title, String section, List<String> keys, Map<String, Object> document) {
        Map<String, Object> parent = section.isEmpty() ? document : map(document.get(section));
        List<Line> lines = new ArrayList<>();
        for (String key : keys) {
            Map<String, Object> amounts = map(at(parent, key));
            if (!amounts.isEmpty()) {
                String path = section.isEmpty() ? key : section + "." + key;
                lines.add(new Line(FieldLabels.of(path), Amounts.wan(amounts.get("budget")), Amounts.wan(amounts.get("actual")),
                        Amounts.wan(amounts.get("priorYearActual"))));
            }
        }
        return new Table(title, lines);
    }

    private static Table functional(Map<String, Object> document) {
        List<Line> lines = new ArrayList<>();
        if (document.get("functionalLines") instanceof List<?> rows) {
            for (Object row : rows) {
                Map<String, Object> r = map(row);
                lines.add(new Line(r.get("code") + " " + (r.get("name") == null ? "" : r.get("name")), Amounts.wan(r.get("budget")),
                        Amounts.wan(r.get("actual")), Amounts.wan(r.get("priorYearActual"))));
            }
        }
        return new Table("支出决算表（按功能分类科目）", lines);
    }

    private static Object at(Map<String, Object> parent, String dotted) {
        Object node = parent;
        for (String part : dotted.split("\\.")) {
            node = map(node).get(part);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
