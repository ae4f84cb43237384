package cn.budgetperf.e2e;

import static cn.budgetperf.e2e.Gateway.get;
import static cn.budgetperf.e2e.Gateway.login;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of page of the public site and the portal, on the demo world's real data, passes axe-core's
 * WCAG 2.1 A/AA rules without a serious or critical violation: a reader's index, search, report and
 * versions; a returned department's workspace with every form of its submission (editable), its goals,
 * report check, history and preview; the bureau's dashboard, findings and drill-down; the admin's pages;
 * the 403 page a department gets at the bureau's address. All pages are checked before the test fails,
 * so its message lists every violation at once.
 */
@ExtendWith(DemoWorldExtension.class)
class AccessibilityBrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SECTIONS = List.of("profile", "income", "expenditure", "functional",
            "three-public", "procurement-assets", "projects", "self-evaluation", "problems");

    private final String gateway = PlatformExtension.platform().gateway();
    private final List<String> violations = new ArrayList<>();

    @Test
    void whenEachKindOfUserOpensTheirPages_thenAxeFindsNoSeriousWcagViolation() throws Exception {
        String caohe = submissionId("130609003", 2023);

        visit(null, "/public/", "/public/?q=%E6%80%BB%E5%B7%A5%E4%BC%9A", "/public/reports/130609002/2023",
                "/public/reports/130609002/2023/versions", "/public/reports/510422001/2024");

        List<String> workspace = new ArrayList<>(List.of("/portal/", "/portal/workspace", "/portal/workspace/" + caohe,
                "/portal/workspace/" + caohe + "/goals", "/portal/workspace/" + caohe + "/goals/edit",
                "/portal/workspace/" + caohe + "/report", "/portal/workspace/" + caohe + "/versions",
                "/portal/workspace/" + caohe + "/preview", "/portal/bureau"));
        SECTIONS.forEach(section -> workspace.add("/portal/workspace/" + caohe + "/sections/" + section));
        visit("dept-xushui-chz", workspace.toArray(String[]::new));

        visit("bureau-xushui", "/portal/bureau?year=2023", "/portal/bureau/findings?year=2023",
                "/portal/bureau/submissions/" + caohe);
        visit("admin-demo", "/portal/admin", "/portal/admin/directory", "/portal/admin/frameworks",
                "/portal/admin/classifications");

        assertThat(violations).as("serious or critical WCAG 2.1 A/AA violations found by axe-core").isEmpty();
    }

    /** Opens each path in one browser (logged in as {@code username} unless null) and runs axe on it. */
    private void visit(String username, String... paths) throws Exception {
        ChromeDriver browser = Browsers.chromium();
        try {
            if (username != null) {
                Browsers.logIn(browser, gateway, username);
            }
            for (String path : paths) {
                browser.get(gateway + path);
                Browsers.waitUpTo30s(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                violations.addAll(Accessibility.violations(browser, (username == null ? "reader" : username) + " " + path));
            }
        } finally {
            browser.quit();
        }
    }

    private static String submissionId(String department, int year) throws Exception {
        for (JsonNode s : JSON.readTree(get("/api/budget/submissions", login("bureau-xushui")).body())) {
            if (s.get("departmentCode").asString().equals(department) && s.get("fiscalYear").asInt() == year) {
                return s.get("id").asString();
            }
        }
        throw new AssertionError("no submission " + department + "/" + year + " in the demo world");
    }
}
