package cn.budgetperf.scoring.score.adapter.web;

import cn.budgetperf.contracts.values.RegionCode;
import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.security.Role;
import cn.budgetperf.kit.web.ApiException;
import cn.budgetperf.scoring.score.application.JurisdictionSettings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A jurisdiction's formula settings: anyone signed in reads them, an admin changes them. */
@RestController
@RequestMapping("/api/scores/settings")
class SettingsController {

    private final JurisdictionSettings settings;

    SettingsController(JurisdictionSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/{region}")
    SettingsBody get(@PathVariable String region) {
        return SettingsBody.of(settings.forRegion(RegionCode.of(region).value()));
    }

    @PutMapping("/{region}")
    SettingsBody put(@AuthenticationPrincipal Jwt jwt, @PathVariable String region, @RequestBody SettingsBody body) {
        CurrentUser user = CurrentUser.from(jwt);
        if (!user.has(Role.ADMIN)) {
            throw ApiException.forbidden("只有系统管理员可以修改评分规则设置。");
        }
        return SettingsBody.of(settings.update(RegionCode.of(region).value(), body.toSettings(), user.username()));
    }
}
