package cn.budgetperf.portal.admin;

import java.util.Map;

/** The fixed Chinese sentence an admin page shows after a change redirected to it ({@code ?done=…}). */
final class AdminNotice {

    private static final Map<String, String> TEXTS = Map.of(
            "region", "已添加地区。",
            "department", "已添加部门。",
            "mapped", "已登记用户与部门的对应关系。",
            "unmapped", "已解除用户与部门的对应关系。",
            "classification", "已添加功能分类科目。",
            "assigned", "已将评价框架分配给所选地区和年度。");

    private AdminNotice() {
    }

    static String of(String done) {
        return done == null ? null : TEXTS.get(done);
    }
}
