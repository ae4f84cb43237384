package cn.budgetperf.scoring.score.adapter.web;

import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.RegionCode;
import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.security.Role;
import cn.budgetperf.kit.web.ApiException;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRow;
import cn.budgetperf.scoring.score.application.EvaluationView;
import cn.budgetperf.scoring.score.application.JurisdictionSettings;
import cn.budgetperf.scoring.score.application.ReviewScores;
import cn.budgetperf.scoring.score.application.ScoreQueries;
import cn.budgetperf.scoring.score.domain.ScoreEngine;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/scores")
class ScoreController {

    private final ScoreQueries queries;
    private final ReviewScores reviews;
    private final JurisdictionSettings settings;
    private final JsonMapper json;

    ScoreController(ScoreQueries queries, ReviewScores reviews, JurisdictionSettings settings, JsonMapper json) {
        this.queries = queries;
        this.reviews = reviews;
        this.settings = settings;
        this.json = json;
    }

    @GetMapping("/{departmentCode}/{year}")
    ScoreView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String departmentCode, @PathVariable int year) {
        ScoredSubmissionRow row = readable(jwt, departmentCode, year);
        return ScoreView.of(row, queries.detail(row.departmentCode(), row.fiscalYear()).orElse(null));
    }

    @GetMapping("/{departmentCode}/{year}/history")
    List<HistoryView> history(@AuthenticationPrincipal Jwt jwt, @PathVariable String departmentCode, @PathVariable int year) {
        ScoredSubmissionRow row = readable(jwt, departmentCode, year);
        return queries.history(row.departmentCode(), row.fiscalYear()).stream().map(c -> HistoryView.of(c, json)).toList();
    }

    @GetMapping("/{departmentCode}/{year}/reviews")
    List<ReviewView> reviews(@AuthenticationPrincipal Jwt jwt, @PathVariable String departmentCode, @PathVariable int year) {
        ScoredSubmissionRow row = readable(jwt, departmentCode, year);
        return queries.reviews(row.departmentCode(), row.fiscalYear()).stream().map(ReviewView::of).toList();
    }

    /** The bureau of the department's region re-scores items (复核); the score is recomputed and emitted again. */
    @PostMapping("/{departmentCode}/{year}/review")
    ScoreView review(@AuthenticationPrincipal Jwt jwt, @PathVariable String departmentCode, @PathVariable int year,
                     @RequestBody ReviewRequest body) {
        ScoredSubmissionRow row = queries.row(DepartmentCode.of(departmentCode).value(), FiscalYear.of(year).value());
        CurrentUser user = CurrentUser.from(jwt);
        if (!user.has(Role.FINANCE_BUREAU) || !user.oversees(row.regionCode())) {
            throw ApiException.forbidden("只有本地区财政部门可以复核评分。");
        }
        EvaluationView detail = reviews.review(row, body.items(), user.username());
        return ScoreView.of(queries.row(row.departmentCode(), row.fiscalYear()), detail);
    }

    @GetMapping
    List<RegionRow> region(@AuthenticationPrincipal Jwt jwt, @RequestParam String region, @RequestParam int year) {
        RegionCode regionCode = RegionCode.of(region);
        if (!CurrentUser.from(jwt).oversees(regionCode.value())) {
            throw ApiException.forbidden("只有本地区财政部门可以查看地区评分汇总。");
        }
        return RegionRow.ranked(queries.region(regionCode.value(), FiscalYear.of(year).value()));
    }

    /** Dry run: scores a figures/goals document with the region's settings; nothing is stored. */
    @PostMapping("/evaluate")
    EvaluationView evaluate(@RequestBody EvaluateRequest body) {
        String region = body.regionCode() == null ? "*" : RegionCode.of(body.regionCode()).value();
        return EvaluationView.of(ScoreEngine.evaluate(body.toInput(), settings.forRegion(region), List.of()));
    }

    private ScoredSubmissionRow readable(Jwt jwt, String departmentCode, int year) {
        ScoredSubmissionRow row = queries.row(DepartmentCode.of(departmentCode).value(), FiscalYear.of(year).value());
        CurrentUser user = CurrentUser.from(jwt);
        if (!user.actsFor(row.departmentCode()) && !user.oversees(row.regionCode())) {
            throw ApiException.forbidden("您没有权限查看其他部门的评分。");
        }
        return row;
    }
}
