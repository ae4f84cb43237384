package cn.budgetperf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Identity and sessions in a real browser through the gateway and Keycloak: the user's name and role
 * stand in every portal page's header; 退出登录 ends the gateway's session and Keycloak's (the next
 * portal page asks for the password again, and after it shows the page asked for); a gateway session
 * that expired while Keycloak's lives logs in again silently on the page asked for, never an error
 * page. (A Keycloak session that ended while the gateway's lives is ExpiredLoginTest's case: the
 * next token refresh is refused and the browser goes back to the login form.) A department user on an admin page gets the Chinese
 * 403 page with its own name. Screenshots go to {@code infra/e2e/target/artifacts/}.
 */
@ExtendWith(PlatformExtension.class)
class PortalSessionBrowserIT {

    private static final Platform PLATFORM = PlatformExtension.platform();

    @Test
    void whenTheBureauLogsOutOrItsSessionExpires_thenItIsAskedToLogInAgainAndLandsOnThePageItAskedFor() throws Exception {
        ChromeDriver browser = Browsers.chromium();
        try {
            String dashboard = PLATFORM.gateway() + "/portal/bureau?year=2023";
            browser.get(dashboard);
            Browsers.submitLogin(browser, "bureau-xushui");
            Browsers.waitUpTo30s(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("identity"), "张伟（财政部门）"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains("财政部门工作台");
            Browsers.shot(browser, "session-1-identity.png");

            browser.findElement(By.linkText("退出登录")).click();
            Browsers.waitUpTo30s(browser).until(ExpectedConditions.urlContains("/public/"));
            browser.get(dashboard);
            Browsers.waitUpTo30s(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            Browsers.shot(browser, "session-2-after-logout.png");

            Browsers.submitLogin(browser, "bureau-xushui");
            Browsers.waitUpTo30s(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("identity"), "张伟（财政部门）"));
            assertThat(browser.getCurrentUrl()).endsWith("/portal/bureau?year=2023");

            browser.manage().deleteCookieNamed("SESSION");
            browser.get(PLATFORM.gateway() + "/portal/bureau/findings?year=2023");
            Browsers.waitUpTo30s(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "校验问题统计"));
            assertThat(browser.findElement(By.id("identity")).getText()).contains("张伟（财政部门）");
            Browsers.shot(browser, "session-3-back-after-expiry.png");
        } catch (RuntimeException | AssertionError e) {
            Files.createDirectories(Browsers.ARTIFACTS);
            Files.writeString(Browsers.ARTIFACTS.resolve("session-failed.html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
            throw e;
        } finally {
            browser.quit();
        }
    }

    @Test
    void whenADepartmentUserOpensAnAdminPage_thenTheChinese403PageAnswersWithItsNameAndRole() throws Exception {
        ChromeDriver browser = Browsers.chromium();
        try {
            browser.get(PLATFORM.gateway() + "/portal/admin/directory");
            Browsers.submitLogin(browser, "dept-xushui-rsj");
            Browsers.waitUpTo30s(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "无权访问"));
            assertThat(browser.findElement(By.id("identity")).getText()).contains("赵丽（预算部门填报人）");
            assertThat(browser.getPageSource()).contains("系统管理页面仅供系统管理员使用").doesNotContain("Exception");
        } finally {
            browser.quit();
        }
    }

}
