package cn.budgetperf.portal.workspace;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.downstream.BadRequest;
import cn.budgetperf.portal.downstream.Downstream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A submission's history in the workspace, read from the budget service: its versions with who,
 * when and state; the fields that differ between two versions (before and after, amounts in 万元);
 * and the audit trail of every step with the fields it changed.
 */
@Controller
class VersionPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final Map<String, String> ACTIONS = Map.of("CREATE_DRAFT", "新建草稿", "SAVE_DRAFT", "保存草稿",
            "EXPLAIN", "说明警告", "SUBMIT", "报送", "RETURN", "退回修改", "ACCEPT", "审核通过", "OPEN_CORRECTION", "开始更正",
            "ATTACH_REPORT", "上传报告");

    private final Downstream downstream;

    VersionPages(Downstream downstream) {
        this.downstream = downstream;
    }

    @GetMapping("/portal/workspace/{id}/versions")
    String versions(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, Model model) {
        CurrentUser user = WorkspaceController.department(jwt);
        String base = "/api/budget/submissions/" + id;
        Map<String, Object> submission = downstream.budgetGet(jwt, base);
        List<Map<String, Object>> versions = downstream.budgetList(jwt, base + "/versions");
        model.addAttribute("user", user);
        model.addAttribute("s", submission);
        model.addAttribute("versions", versions.stream().map(VersionPages::row).toList());
        model.addAttribute("audit", downstream.budgetList(jwt, base + "/audit").stream().map(VersionPages::step).toList());
        if (from != null || to != null) {
            Map<String, Object> older = version(versions, from);
            Map<String, Object> newer = version(versions, to);
            model.addAttribute("from", older.get("version"));
            model.addAttribute("to", newer.get("version"));
            model.addAttribute("changes", DocumentDiff.between(document(older), document(newer)));
        } else if (versions.size() > 1) {
            model.addAttribute("from", versions.get(versions.size() - 2).get("version"));
            model.addAttribute("to", versions.get(versions.size() - 1).get("version"));
        }
        return "workspace/versions";
    }

    /** A version as the list shows it. */
    public record Row(Object version, String state, String by, String at) {
    }

    /** One audited step with its changes named and shown as the diff shows them. */
    public record Step(String action, String by, String at, Object version, List<DocumentDiff.Change> changes) {
    }

    private static Row row(Map<String, Object> v) {
        return new Row(v.get("version"), String.valueOf(v.getOrDefault("statusLabel", v.get("status"))), text(v.get("updatedBy")),
                when(v.get("updatedAt")));
    }

    @SuppressWarnings("unchecked")
    private static Step step(Map<String, Object> entry) {
        List<Map<String, Object>> changes = entry.get("changes") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
        return new Step(ACTIONS.getOrDefault(text(entry.get("action")), text(entry.get("action"))), text(entry.get("actor")),
                when(entry.get("at")), entry.get("version"), changes.stream().map(DocumentDiff::audited).toList());
    }

    private static Map<String, Object> version(List<Map<String, Object>> versions, String number) {
        if (number == null || !number.strip().matches("\\d{1,4}")) {
            throw new BadRequest("请选择要比较的两个版本");
        }
        return versions.stream().filter(v -> String.valueOf(v.get("version")).equals(number.strip())).findFirst()
                .orElseThrow(() -> new BadRequest("没有第" + number.strip() + "版"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document(Map<String, Object> version) {
        return version.get("document") instanceof Map<?, ?> d ? (Map<String, Object>) d : Map.of();
    }

    private static String when(Object instant) {
        if (instant == null) {
            return "—";
        }
        try {
            return WHEN.format(Instant.parse(instant.toString()));
        } catch (RuntimeException e) {
            return instant.toString();
        }
    }

    private static String text(Object o) {
        return o == null ? "—" : o.toString();
    }
}
