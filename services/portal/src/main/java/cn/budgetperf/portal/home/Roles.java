package cn.budgetperf.portal.home;

import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.security.Role;

/** The Chinese name of the caller's role, as every page header shows it beside the name. */
public final class Roles {

    private Roles() {
    }

    public static String label(CurrentUser user) {
        return user.has(Role.ADMIN) ? "系统管理员"
                : user.has(Role.FINANCE_BUREAU) ? "财政部门" : user.has(Role.DEPARTMENT) ? "预算部门填报人" : "无角色";
    }
}
