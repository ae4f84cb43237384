package cn.budgetperf.portal.bureau;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.portal.downstream.Downstream;
import cn.budgetperf.portal.downstream.DownstreamRefusal;
import cn.budgetperf.portal.downstream.DownstreamUnavailable;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The drill-down into one submission: figures, findings with explanations, the review and
 * publication forms, and scoring's items with the department's points beside the final ones, each
 * with its re-score form, and the audited re-scores. A score that is not there yet (or scoring
 * down) leaves the rest of the page working.
 */
@Component
class SubmissionPage {

    private final Downstream downstream;

    SubmissionPage(Downstream downstream) {
        this.downstream = downstream;
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
        if (notice != null) {
            model.addAttribute("notice", notice.text(items));
        }
        return "bureau/submission";
    }
}
