package cn.budgetperf.portal.bureau;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.security.Role;
import cn.budgetperf.portal.downstream.NotAllowed;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller of a bureau page: a finance-bureau user with a region, else the Chinese 403 page. */
final class BureauUser {

    private BureauUser() {
    }

    static CurrentUser of(Jwt jwt) {
        CurrentUser user = CurrentUser.from(jwt);
        if (!user.has(Role.FINANCE_BUREAU) || user.regionCode().isEmpty()) {
            throw new NotAllowed("财政部门工作台仅供财政部门使用。");
        }
        return user;
    }
}
