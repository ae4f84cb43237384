package cn.budgetperf.portal.bureau;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import cn.budgetperf.portal.downstream.DownstreamUnavailable;
import cn.budgetperf.portal.downstream.SubmissionReports;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The drill-down into one submission: figures, findings with explanations, the review and
 * publication forms, and scoring's items with the department's points beside the final ones, each
 * with its re-score form, and the audited re-scores; the attached self-evaluation report with the
 * report checker's findings (the workspace's own call). A score or report that is not there yet (or
 * its service down) leaves the rest of the page working.
 */
@Component
class SubmissionPage {

    private final Downstream downstream;
    private final SubmissionReports reports;

    SubmissionPage(Downstream downstream, SubmissionReports reports) {
        this.downstream = downstream;
        this.reports = reports;
    }

    String show(Jwt jwt, CurrentUser user, Map<String, Object> submission, List<String> problems, Notice notice, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("s", submission);
        model.addAttribute("state", States.label(submission));
        model.addAttribute("problems", problems);
        model.addAttribute("reviewable", "SUBMITTED".equals(submission.get("status")));
        model.addAttribute("threePublic", ThreePublicChange.of(submission));
        String path = "/api/scores/" + submission.get("departmentCode") + "/" + submission.get("fiscalYear");
        List<ScoreItemRow> items = List.of();
        try {
            Map<String, Object> score = downstream.scoringGet(jwt, path);
            items = ScoreItemRow.of(score);
            model.addAttribute("score", score);
            model.addAttribute("reviews", downstream.scoringList(jwt, path + "/reviews"));
        } catch (DownstreamRefusal e) {
            model.addAttribute("scoreNote", e.status() == 404 ? "尚未评分：部门报送后，评分服务计算出得分才能复核。" : e.detail());
        } catch (DownstreamUnavailable e) {
            model.addAttribute("scoreNote", "评分结果暂时无法获取，复核暂不可用，请稍后再试。");
        }
        model.addAttribute("items", items);
        report(jwt, submission, model);
        if (notice != null) {
            model.addAttribute("notice", notice.text(items));
        }
        return "bureau/submission";
    }

    private void report(Jwt jwt, Map<String, Object> submission, Model model) {
        try {
            reports.attached(jwt, UUID.fromString(String.valueOf(submission.get("id"))))
                    .ifPresent(attached -> model.addAttribute("attached", attached));
        } catch (DownstreamRefusal e) {
            model.addAttribute("reportNote", e.detail());
        } catch (DownstreamUnavailable e) {
            model.addAttribute("reportNote", "自评报告及其检查结果暂时无法获取，请稍后再试。");
        }
    }
}
