package cn.budgetperf.indicator.goal.adapter.web;

import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.RegionCode;
import cn.budgetperf.indicator.goal.application.Goals;
import cn.budgetperf.indicator.goal.application.GoalsView;
import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.web.ApiException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/indicators/goals")
class GoalsController {

    private final Goals goals;

    GoalsController(Goals goals) {
        this.goals = goals;
    }

    /** Creates or replaces the department-year's goals; every accepted save is a new version. */
    @PostMapping
    GoalsView save(@AuthenticationPrincipal Jwt jwt, @RequestBody GoalsRequest body) {
        if (body.departmentCode() == null || body.fiscalYear() == null) {
            throw ApiException.badRequest("请填写部门编码（departmentCode）和年度（fiscalYear）。");
        }
        DepartmentCode department = DepartmentCode.of(body.departmentCode());
        FiscalYear year = FiscalYear.of(body.fiscalYear());
        CurrentUser user = CurrentUser.from(jwt);
        if (!user.actsFor(department.value())) {
            throw ApiException.forbidden("您只能填报本部门的绩效目标。");
        }
        RegionCode region = RegionCode.of(user.regionCode()
                .orElseThrow(() -> ApiException.forbidden("您的账号没有所属地区（region_code），无法填报绩效目标。")));
        return goals.save(department, year, region, body.draft(), user.username());
    }

    /** Withdraws the department-year's goals (the department itself); 204, or 404 when there are none. */
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@AuthenticationPrincipal Jwt jwt, @RequestParam String department, @RequestParam int year) {
        DepartmentCode code = DepartmentCode.of(department);
        CurrentUser user = CurrentUser.from(jwt);
        if (!user.actsFor(code.value())) {
            throw ApiException.forbidden("您只能撤回本部门的绩效目标。");
        }
        if (!goals.withdraw(code, FiscalYear.of(year), user.username())) {
            throw ApiException.notFound("部门 " + department + " " + year + " 年度没有可撤回的绩效目标。");
        }
    }

    @GetMapping
    GoalsView find(@AuthenticationPrincipal Jwt jwt, @RequestParam String department, @RequestParam int year) {
        GoalsView view = goals.find(DepartmentCode.of(department), FiscalYear.of(year))
                .orElseThrow(() -> ApiException.notFound("部门 " + department + " " + year + " 年度尚未填报绩效目标。"));
        CurrentUser user = CurrentUser.from(jwt);
        if (!user.actsFor(view.departmentCode()) && !user.oversees(view.goals().regionCode().value())) {
            throw ApiException.forbidden("您没有权限查看其他部门的绩效目标。");
        }
        return view;
    }
}
