package cn.budgetperf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screenshots of docs/guide.md, taken in a real browser (Debian's Chromium, headless, ADR 0011) on the
 * demo world: the public index, a published report, a department's workspace (漕河镇's returned 2023
 * report with the bureau's comment) and 徐水区's bureau dashboard. PNGs of the viewport, 1200 × 900; the
 * published report scrolled to its 绩效自评结果, the dashboard to its departments.
 */
final class GuideScreenshots {

    private final Path directory;
    private final String gateway;

    GuideScreenshots(Path directory, String gateway) {
        this.directory = directory;
        this.gateway = gateway;
    }

    void take(String caoheSubmissionId) throws Exception {
        Files.createDirectories(directory);
        ChromeDriver reader = chromium();
        try {
            reader.get(gateway + "/public/");
            shot(reader, "public-index.png", "预算绩效信息公开", null);
            reader.get(gateway + "/public/reports/130609002/2023");
            shot(reader, "public-report.png", "保定市徐水区人力资源和社会保障局", "绩效自评结果");
        } finally {
            reader.quit();
        }
        ChromeDriver department = loggedIn("dept-xushui-chz");
        try {
            department.get(gateway + "/portal/workspace/" + caoheSubmissionId);
            shot(department, "department-workspace.png", "62个项目只列出17个", null);
        } finally {
            department.quit();
        }
        ChromeDriver bureau = loggedIn("bureau-xushui");
        try {
            bureau.get(gateway + "/portal/bureau?year=2023");
            shot(bureau, "bureau-dashboard.png", "91.18", "各部门情况");
        } finally {
            bureau.quit();
        }
    }

    /** A fresh browser logged in through Keycloak; a second fresh browser if the first login stalls (a loaded machine). */
    private ChromeDriver loggedIn(String username) throws Exception {
        ChromeDriver browser = chromium();
        try {
            Browsers.logIn(browser, gateway, username);
            return browser;
        } catch (WebDriverException stalled) {
            browser.quit();
        }
        ChromeDriver second = chromium();
        Browsers.logIn(second, gateway, username);
        return second;
    }

    /** Waits for {@code mustShow}, scrolls the heading containing {@code heading} (if any) to the top, saves the viewport. */
    private void shot(ChromeDriver browser, String name, String mustShow, String heading) throws Exception {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), mustShow));
        if (heading != null) {
            WebElement target = browser.findElement(By.xpath("//h2[contains(., '" + heading + "')]"));
            browser.executeScript("arguments[0].scrollIntoView()", target);
        }
        Files.write(directory.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** A window the size of a guide screenshot; pages count as loaded once their HTML is parsed. */
    private static ChromeDriver chromium() throws Exception {
        assertThat(Browsers.CHROMIUM).as("Chromium for the screenshots: apt-get install chromium chromium-driver").canRead();
        ChromeOptions options = Browsers.options("1200,900", "--hide-scrollbars");
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        ChromeDriver browser = Browsers.start(options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }
}
