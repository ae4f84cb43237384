package cn.budgetperf.portal.admin;

import java.util.regex.Pattern;

/** The checks of the directory's forms: each answers the Chinese problem, or {@code null} when the input is acceptable. */
final class DirectoryForms {

    private static final Pattern REGION = Pattern.compile("[1-9][0-9]{5}");
    private static final Pattern DEPARTMENT = Pattern.compile("[0-9A-Z]{3,32}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

    private DirectoryForms() {
    }

    static String region(String code, String name) {
        if (code == null || !REGION.matcher(code.strip()).matches()) {
            return "地区代码应为6位行政区划代码，例如 130609";
        }
        return name(name, 50, "地区名称");
    }

    static String department(String code, String name) {
        if (code == null || !DEPARTMENT.matcher(code.strip()).matches()) {
            return "部门编码应为3至32位数字或大写字母，例如 130609002";
        }
        return name(name, 100, "部门名称");
    }

    static String username(String username) {
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            return "用户名应为 Keycloak 中的登录名：小写字母、数字、点、下划线、@ 或连字符，不超过100个字符";
        }
        return null;
    }

    private static String name(String name, int max, String label) {
        if (name == null || name.isBlank() || name.strip().length() > max) {
            return label + "不能为空，且不超过" + max + "个字";
        }
        return null;
    }
}
