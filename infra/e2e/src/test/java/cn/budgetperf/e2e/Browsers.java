package cn.budgetperf.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium for the browser tests (ADR 0011), started once the same way for all of them. */
final class Browsers {

    static final Path ARTIFACTS = Path.of(System.getProperty("e2e.artifacts", "target/artifacts"));
    static final File CHROMIUM = new File(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));

    private Browsers() {
    }

    /** A tall window for whole pages in the screenshots. */
    static ChromeDriver chromium() throws Exception {
        return start(options("1280,2400"));
    }

    /** The flags this machine needs (no background networking), a fresh profile, the window and any further flags. */
    static ChromeOptions options(String windowSize, String... more) throws Exception {
        Path profile = Files.createTempDirectory("e2e-chromium-");
        List<String> arguments = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + windowSize, "--lang=zh-CN"));
        arguments.addAll(List.of(more));
        return new ChromeOptions().setBinary(CHROMIUM).addArguments(arguments);
    }

    static ChromeDriver start(ChromeOptions options) {
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
    }

    static WebDriverWait waitUpTo30s(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Fills in Keycloak's login form, which the browser must be showing or about to show, with the demo password. */
    static void submitLogin(ChromeDriver browser, String username) {
        waitUpTo30s(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
    }

    /** Opens the portal at {@code gateway}, logs in through Keycloak and waits for the portal's greeting. */
    static void logIn(ChromeDriver browser, String gateway, String username) {
        browser.get(gateway + "/portal/");
        submitLogin(browser, username);
        waitUpTo30s(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "您好"));
    }

    static void shot(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(ARTIFACTS);
        Files.write(ARTIFACTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
