package cn.budgetperf.indicator.framework.adapter.web;

import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.RegionCode;
import cn.budgetperf.indicator.framework.application.FrameworkDocument;
import cn.budgetperf.indicator.framework.application.Frameworks;
import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.security.Role;
import cn.budgetperf.kit.web.ApiException;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/indicators/frameworks")
class FrameworkController {

    private final Frameworks frameworks;

    FrameworkController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** Every framework, or with {@code region} and {@code year} the ones that region uses that year. */
    @GetMapping
    List<FrameworkDocument> list(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year) {
        if (region == null && year == null) {
            return frameworks.list();
        }
        if (region == null || year == null) {
            throw ApiException.badRequest("按地区筛选评价框架时，region 与 year 应同时提供。");
        }
        return frameworks.usedBy(RegionCode.of(region), FiscalYear.of(year));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    FrameworkDocument add(@AuthenticationPrincipal Jwt jwt, @RequestBody FrameworkDocument body) {
        return frameworks.add(body, admin(jwt));
    }

    @PostMapping("/{id}/assignments")
    FrameworkDocument assign(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @RequestBody FrameworkDocument.Assignment body) {
        String by = admin(jwt);
        try {
            return frameworks.assign(id, body, by);
        } catch (NoSuchElementException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }

    private static String admin(Jwt jwt) {
        CurrentUser user = CurrentUser.from(jwt);
        if (!user.has(Role.ADMIN)) {
            throw ApiException.forbidden("只有系统管理员可以添加或分配评价框架。");
        }
        return user.username();
    }
}
