package cn.budgetperf.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The acceptance in a real browser through the gateway and Keycloak: a department (漕河镇,
 * 2023) fills its core figures, sees a finding beside the field, fixes it and submits; the bureau of
 * 徐水区 sees it on its dashboard and returns it with a comment; the department sees the comment,
 * corrects and resubmits; the bureau accepts and publishes; the public page shows it. A department
 * user opening the bureau's dashboard gets the Chinese 403 page. On the way, a corrupt workbook and a
 * 50 MB file are refused in Chinese with the draft unchanged (the latter also through the gateway
 * without script, as a plain form post would send it), and the draft's own exported workbook uploads
 * back into it; returned, it attaches its report and sees the report check; the submitted draft's '三公' form is read-only,
 * its history lists the submission and the return, and its preview shows the totals marked 预览.
 * Screenshots go to
 * {@code infra/e2e/target/artifacts/}.
 */
@ExtendWith(PlatformExtension.class)
class PortalBrowserIT {

    private static final Platform PLATFORM = PlatformExtension.platform();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void whenADepartmentSubmitsAndTheBureauReturnsAcceptsAndPublishes_thenThePublicPageShowsIt() throws Exception {
        ChromeDriver department = Browsers.chromium();
        ChromeDriver bureau = Browsers.chromium();
        try {
            Browsers.logIn(department, PLATFORM.gateway(), "dept-xushui-chz");
            department.get(PLATFORM.gateway() + "/portal/workspace");
            type(department, "fiscalYear", "2023");
            type(department, "incomeTotal", "1200.50");
            type(department, "expenditureTotal", "1300");
            type(department, "budgetTotal", "1250");
            department.findElement(By.cssSelector("form[action='/portal/workspace'] button[type=submit]")).click();
            Browsers.waitUpTo30s(department).until(ExpectedConditions.presenceOfElementLocated(By.id("findings-expenditureTotal")));
            String submission = department.getCurrentUrl();
            assertThat(department.findElement(By.id("findings-expenditureTotal")).getText()).contains("超过全年预算数");
            Browsers.shot(department, "portal-1-finding.png");

            uploadRefused(department, corruptWorkbook(), "文件不是有效的 .xlsx 工作簿");
            Browsers.shot(department, "portal-1b-corrupt-xlsx.png");
            department.get(submission);
            department.findElement(By.id("file")).sendKeys(fiftyMegabytes().toString());
            department.findElement(By.cssSelector("#upload button[type=submit]")).click();
            Browsers.waitUpTo30s(department).until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-status"), "超过 1 MB 的上限"));
            assertThat(department.findElement(By.id("upload-status")).getText()).contains("50.0 MB").contains("草稿未改变");
            Browsers.shot(department, "portal-1c-50mb.png");
            department.get(submission);
            assertThat(department.findElement(By.id("expenditureTotal")).getAttribute("value")).isEqualTo("1300");

            String id = submission.replaceFirst("\\?.*", "").replaceFirst(".*/", "");
            HttpResponse<byte[]> export = HTTP.send(HttpRequest.newBuilder(URI.create(PLATFORM.gateway() + "/api/budget/submissions/" + id + "/xlsx"))
                    .header("Authorization", "Bearer " + Gateway.login("dept-xushui-chz")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(export.statusCode()).isEqualTo(200);
            Path workbook = Files.write(Browsers.ARTIFACTS.resolve("exported.xlsx"), export.body()).toAbsolutePath();
            department.findElement(By.id("file")).sendKeys(workbook.toString());
            department.findElement(By.cssSelector("#upload button[type=submit]")).click();
            Browsers.waitUpTo30s(department).until(ExpectedConditions.urlContains("notice=uploaded"));
            assertThat(department.findElement(By.tagName("main")).getText()).contains("工作簿已导入草稿");
            assertThat(department.findElement(By.id("expenditureTotal")).getAttribute("value")).isEqualTo("1300");
            Browsers.shot(department, "portal-1d-uploaded.png");

            type(department, "expenditureTotal", "1180.25");
            department.findElement(By.cssSelector("form[action$='/figures'] button[type=submit]")).click();
            Browsers.waitUpTo30s(department).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已保存"));
            assertThat(department.findElement(By.id("findings-expenditureTotal")).getText()).doesNotContain("超过全年预算数");
            department.findElement(By.id("submit")).click();
            Browsers.waitUpTo30s(department).until(ExpectedConditions.textToBe(By.id("status"), "已报送"));

            Browsers.logIn(bureau, PLATFORM.gateway(), "bureau-xushui");
            bureau.get(PLATFORM.gateway() + "/portal/bureau?year=2023");
            WebElement row = bureau.findElement(By.xpath("//table[@id='departments']//tr[td[contains(., '漕河镇人民政府')]]"));
            assertThat(row.getText()).contains("已报送").contains("1180.25");
            Browsers.shot(bureau, "portal-2-dashboard.png");
            row.findElement(By.tagName("a")).click();
            String review = bureau.getCurrentUrl();
            type(bureau, "comment", "请核对收入合计");
            bureau.findElement(By.id("return")).click();
            Browsers.waitUpTo30s(bureau).until(ExpectedConditions.textToBe(By.id("status"), "已退回"));

            department.get(submission);
            Browsers.waitUpTo30s(department).until(ExpectedConditions.presenceOfElementLocated(By.id("review-comment")));
            assertThat(department.findElement(By.id("review-comment")).getText()).contains("请核对收入合计");
            Browsers.shot(department, "portal-3-returned.png");
            department.get(submission.replaceFirst("\\?.*", "") + "/report");
            assertThat(department.findElement(By.id("no-report")).getText()).contains("尚未上传自评报告");
            Path report = Files.writeString(Browsers.ARTIFACTS.resolve("自评报告.txt"),
                    "漕河镇人民政府2023年度部门决算情况说明\n本年收入合计1210.50万元，本年支出合计1180.25万元。\n").toAbsolutePath();
            department.findElement(By.id("file")).sendKeys(report.toString());
            department.findElement(By.cssSelector("#upload button[type=submit]")).click();
            Browsers.waitUpTo30s(department).until(ExpectedConditions.urlContains("notice=report"));
            assertThat(department.findElement(By.id("report-file")).getText()).contains("自评报告.txt");
            assertThat(department.findElement(By.tagName("main")).getText()).contains("报告已上传").contains("共核对报告中的");
            Browsers.shot(department, "portal-3a-report.png");
            department.get(submission);
            type(department, "incomeTotal", "1210.50");
            department.findElement(By.cssSelector("form[action$='/figures'] button[type=submit]")).click();
            Browsers.waitUpTo30s(department).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已保存"));
            department.findElement(By.id("submit")).click();
            Browsers.waitUpTo30s(department).until(ExpectedConditions.textToBe(By.id("status"), "已报送"));

            String base = submission.replaceFirst("\\?.*", "");
            department.get(base + "/sections/three-public");
            assertThat(department.findElement(By.tagName("h1")).getText()).contains("三公");
            assertThat(department.findElement(By.id("threePublic.receptionBatches")).isEnabled()).isFalse();
            Browsers.shot(department, "portal-3b-section.png");
            department.get(base + "/versions");
            assertThat(department.findElement(By.id("audit")).getText()).contains("报送").contains("退回修改");
            Browsers.shot(department, "portal-3c-versions.png");
            department.get(base + "/preview");
            assertThat(department.findElement(By.id("preview-banner")).getText()).contains("预览").contains("尚未公开");
            assertThat(department.findElement(By.id("preview-totals")).getText()).contains("1210.50").contains("1180.25");
            Browsers.shot(department, "portal-3d-preview.png");
            department.get(base + "/goals");
            assertThat(department.findElement(By.id("no-goals")).getText()).contains("尚未提交绩效目标和指标");

            bureau.get(review);
            bureau.findElement(By.id("accept")).click();
            Browsers.waitUpTo30s(bureau).until(ExpectedConditions.textToBe(By.id("status"), "已审核通过"));
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
                bureau.get(review);
                if (!bureau.findElement(By.id("status")).getText().equals("已公开")) {
                    bureau.findElement(By.id("publish")).click();
                }
                assertThat(bureau.findElement(By.id("status")).getText()).isEqualTo("已公开");
            });
            Browsers.shot(bureau, "portal-4-published.png");

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(
                        URI.create(PLATFORM.gateway() + "/public/reports/130609003/2023")).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("漕河镇人民政府");
            });

            HttpResponse<String> tooLarge = HTTP.send(HttpRequest.newBuilder(URI.create(PLATFORM.gateway() + "/portal/workspace/xlsx"))
                    .header("Accept", "text/html").header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofFile(fiftyMegabytes())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(tooLarge.statusCode()).isEqualTo(413);
            assertThat(tooLarge.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(tooLarge.body()).contains("文件过大").contains("上限");

            department.get(PLATFORM.gateway() + "/portal/bureau");
            assertThat(department.findElement(By.tagName("h1")).getText()).contains("无权访问");
            Browsers.shot(department, "portal-5-forbidden.png");
        } catch (RuntimeException | AssertionError e) {
            Files.createDirectories(Browsers.ARTIFACTS);
            Files.writeString(Browsers.ARTIFACTS.resolve("portal-failed-department.html"), department.getCurrentUrl() + "\n" + department.getPageSource());
            Files.writeString(Browsers.ARTIFACTS.resolve("portal-failed-bureau.html"), bureau.getCurrentUrl() + "\n" + bureau.getPageSource());
            throw e;
        } finally {
            department.quit();
            bureau.quit();
        }
    }

    /** Uploads a file through the workspace's form (the script's XHR) and waits for the Chinese refusal. */
    private static void uploadRefused(ChromeDriver browser, Path file, String reason) {
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
        Browsers.waitUpTo30s(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("upload-problems")));
        assertThat(browser.findElement(By.id("upload-problems")).getText()).contains(reason).contains("草稿未改变");
    }

    private static Path corruptWorkbook() throws Exception {
        Files.createDirectories(Browsers.ARTIFACTS);
        return Files.writeString(Browsers.ARTIFACTS.resolve("corrupt.xlsx"), "这不是 Excel 工作簿").toAbsolutePath();
    }

    /** A 50 MB file of zeros (sparse on disk), named .xlsx as a clerk's wrong choice would be. */
    private static Path fiftyMegabytes() throws Exception {
        Files.createDirectories(Browsers.ARTIFACTS);
        Path file = Browsers.ARTIFACTS.resolve("50mb.xlsx").toAbsolutePath();
        if (!Files.exists(file)) {
            try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
                out.setLength(50L * 1024 * 1024);
            }
        }
        return file;
    }

    private static void type(ChromeDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
