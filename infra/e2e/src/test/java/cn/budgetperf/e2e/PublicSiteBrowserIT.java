package cn.budgetperf.e2e;

import static cn.budgetperf.e2e.Gateway.login;
import static cn.budgetperf.e2e.Gateway.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reader in a real browser (Debian's Chromium, headless, driven by Selenium through Debian's
 * ChromeDriver) on the platform's public site, through the gateway: a department's report is first
 * submitted, accepted and published through the real APIs; then the reader searches the index, opens
 * the report, finds its tables and a chart, and downloads its PDF, whose text PDFBox reads back. The
 * screenshot is kept in {@code infra/e2e/target/artifacts/}.
 */
@ExtendWith(PlatformExtension.class)
class PublicSiteBrowserIT {

    private static final Platform PLATFORM = PlatformExtension.platform();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ARTIFACTS = Path.of(System.getProperty("e2e.artifacts", "target/artifacts"));
    private static final String TITLE = "盐边县总工会2023年度部门决算及绩效自评公开";

    @Test
    void whenAReaderSearchesOpensAReportAndItsPdf_thenTablesAChartAndThePdfTextAreThere() throws Exception {
        publishYanbian2023();
        ChromeDriver browser = chromium();
        try {
            browser.get(PLATFORM.gateway() + "/public/");
            WebElement search = browser.findElement(By.name("q"));
            search.sendKeys("盐边县总工会");
            search.submit();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.urlContains("q="));
            List<WebElement> found = browser.findElements(By.cssSelector("a.report-link"));
            assertThat(found).extracting(WebElement::getText).containsExactly("盐边县总工会");

            found.get(0).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), TITLE));
            assertThat(browser.findElements(By.cssSelector("section.std-table h3"))).extracting(WebElement::getText)
                    .contains("1. 收入支出决算总表", "2. 收入决算表");
            assertThat(browser.findElements(By.cssSelector("table.figures"))).hasSizeGreaterThanOrEqualTo(3);
            WebElement chart = browser.findElement(By.cssSelector("figure.chart svg[role='img']"));
            assertThat(chart.isDisplayed()).isTrue();
            assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).isEqualTo("预算与决算总体情况（万元）");
            assertThat(browser.findElements(By.cssSelector("figure.chart rect.chart-bar"))).hasSizeGreaterThanOrEqualTo(3);
            Files.createDirectories(ARTIFACTS);
            Files.write(ARTIFACTS.resolve("public-report.png"), browser.getScreenshotAs(OutputType.BYTES));

            String pdfAddress = browser.findElement(By.cssSelector("a.download-pdf")).getDomProperty("href");
            HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(pdfAddress)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            Files.write(ARTIFACTS.resolve("public-report.pdf"), pdf.body());
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document)).contains(TITLE)
                        .contains("本年收入合计316.23万元").contains("收入支出决算总表").contains("名词解释");
            }
        } finally {
            browser.quit();
        }
    }

    /** Says plainly when Chromium or its driver is missing, then starts it as every browser test does. */
    private static ChromeDriver chromium() throws Exception {
        assertThat(Browsers.CHROMIUM).as("Chromium for the browser test: apt-get install chromium chromium-driver (.ci/run does)").canRead();
        assertThat(Browsers.CHROMEDRIVER).as("ChromeDriver for the browser test: apt-get install chromium-driver (.ci/run does)").canRead();
        return Browsers.chromium();
    }

    /** 盐边县总工会 2023: submitted by the department, accepted by its bureau, scored, then published by the bureau. */
    private static void publishYanbian2023() throws Exception {
        String department = login("dept-yanbian-zgh");
        HttpResponse<String> draft = post("/api/budget/submissions", """
                {"departmentCode":"510422001","departmentName":"盐边县总工会","fiscalYear":2023,
                 "figures":{"incomeTotal":"316.23","expenditureTotal":"316.23","budgetTotal":"316.23"}}""", department);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        String id = JSON.readTree(draft.body()).get("id").asString();
        assertThat(post("/api/budget/submissions/" + id + "/submit", "", department).statusCode()).isEqualTo(200);
        String bureau = login("bureau-yanbian");
        HttpResponse<String> accepted = post("/api/budget/submissions/" + id + "/review", "{\"decision\":\"ACCEPT\"}", bureau);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> published = post("/api/publication/510422001/2023/publish", "", bureau);
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        });
    }
}
