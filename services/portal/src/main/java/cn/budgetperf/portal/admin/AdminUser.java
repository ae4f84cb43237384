package cn.budgetperf.portal.admin;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.security.Role;
import cn.budgetperf.portal.downstream.NotAllowed;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller of an admin page: an admin, else the Chinese 403 page. */
final class AdminUser {

    private AdminUser() {
    }

    static CurrentUser of(Jwt jwt) {
        CurrentUser user = CurrentUser.from(jwt);
        if (!user.has(Role.ADMIN)) {
            throw new NotAllowed("系统管理页面仅供系统管理员使用。");
        }
        return user;
    }
}
