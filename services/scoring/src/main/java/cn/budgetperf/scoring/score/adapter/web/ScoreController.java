package cn.budgetperf.scoring.score.adapter.web;

import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.RegionCode;
import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.web.ApiException;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRepository;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRow;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/scores")
class ScoreController {

    private final ScoredSubmissionRepository scores;

    ScoreController(ScoredSubmissionRepository scores) {
        this.scores = scores;
    }

    @GetMapping("/{departmentCode}/{year}")
    @Transactional(readOnly = true)
    ScoreView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String departmentCode, @PathVariable int year) {
        String key = DepartmentCode.of(departmentCode).value() + ":" + FiscalYear.of(year).value();
        ScoredSubmissionRow row = scores.findById(key)
                .orElseThrow(() -> ApiException.notFound("部门 " + departmentCode + " " + year + " 年度尚无评分。"));
        CurrentUser user = CurrentUser.from(jwt);
        if (!user.actsFor(row.departmentCode()) && !user.oversees(row.regionCode())) {
            throw ApiException.forbidden("您没有权限查看其他部门的评分。");
        }
        return ScoreView.of(row);
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<ScoreView> region(@AuthenticationPrincipal Jwt jwt, @RequestParam String region, @RequestParam int year) {
        RegionCode regionCode = RegionCode.of(region);
        if (!CurrentUser.from(jwt).oversees(regionCode.value())) {
            throw ApiException.forbidden("只有本地区财政部门可以查看地区评分汇总。");
        }
        return scores.findByRegionAndYear(regionCode.value(), FiscalYear.of(year).value()).stream().map(ScoreView::of).toList();
    }
}
