package cn.budgetperf.publication.report.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.publication.report.domain.Action;
import cn.budgetperf.publication.report.domain.Details;
import cn.budgetperf.publication.report.domain.Line;
import cn.budgetperf.publication.report.domain.PublicationHistory;
import cn.budgetperf.publication.report.domain.PublishedVersion;
import cn.budgetperf.publication.report.domain.ReportFacts;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The three renderings of one version, from the real templates, without Spring. Needs a CJK font (ADR 0010). */
class ReportRendererTest {

    static final String SCRIPT = "<script>alert('x')</script>";

    static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static final ReportRenderer RENDERER = new ReportRenderer(templates(), new CjkFont(""), 8);

    static Shown shown() {
        Details details = new Details(
                List.of(new Line("generalPublicBudget", "一般公共预算财政拨款收入", null, null, new BigDecimal("232.34"), new BigDecimal("316.23")),
                        new Line("total", "本年收入合计", null, null, new BigDecimal("232.34"), new BigDecimal("316.23"))),
                List.of(new Line("basic", "基本支出", null, null, new BigDecimal("200.09"), null),
                        new Line("project", "项目支出", null, null, new BigDecimal("32.25"), null),
                        new Line("total", "本年支出合计", null, null, new BigDecimal("232.34"), new BigDecimal("316.23"))),
                List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                Optional.of(new Details.Evaluation("框架", null, null, null, List.of(), List.of(SCRIPT + "宣传力度不够", "=HYPERLINK(\"http://x\")"),
                        List.of("加强宣传"), null)));
        ReportFacts facts = new ReportFacts("510422901", 2024, SCRIPT + "工会", "盐边县", "ACCEPTED", new BigDecimal("232.34"),
                new BigDecimal("232.34"), new BigDecimal("232.340001"), details,
                Optional.of(new ReportFacts.Score(new BigDecimal("100.00"), new BigDecimal("10"), BigDecimal.TEN, new BigDecimal("100"), "优")));
        PublishedVersion v1 = new PublishedVersion(1, Action.PUBLISHED, Optional.empty(), "bureau", Instant.parse("2025-06-30T02:00:00Z"),
                Optional.of(facts));
        return new Shown("510422901", 2024, v1, new PublicationHistory(List.of(v1)));
    }

    @Test
    void whenTheDepartmentsTextHoldsAScript_thenThePageShowsItEscapedAndHasTablesAndAChart() {
        String html = new String(RENDERER.render(shown(), ReportRenderer.Format.HTML), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;宣传力度不够")
                .contains("<svg").contains("<title id=\"chart-totals-title\">").contains("收入决算表")
                .contains("本表无数据：部门未报送按政府收支分类科目（类/款/项）划分的支出。")
                .contains("与2023年度的316.23万元相比，收入、支出合计各减少83.89万元，下降26.53%。")
                .contains("href=\"/public/reports/510422901/2024.pdf\"").contains("名词解释");
    }

    @Test
    void whenThePdfIsMade_thenItsTextIsTheEscapedPageTextInAnEmbeddedChineseFontWithoutScript() throws Exception {
        byte[] pdf = RENDERER.render(shown(), ReportRenderer.Format.PDF);
        Files.write(Files.createDirectories(Path.of("target", "artifacts")).resolve("report-sample.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(SCRIPT + "工会2024年度部门决算及绩效自评公开").contains(SCRIPT + "宣传力度不够")
                    .contains("下降26.53%").contains("收入决算表").contains("名词解释");
            assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(document.getDocumentCatalog().getNames() == null || document.getDocumentCatalog().getNames().getJavaScript() == null).isTrue();
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void whenTheSpreadsheetIsMade_thenAmountsAreExactNumbersAndTextsAreNeverFormulas() throws Exception {
        byte[] xlsx = RENDERER.render(shown(), ReportRenderer.Format.XLSX);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetName(0)).isEqualTo("说明");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith(SCRIPT + "工会");
            XSSFSheet totals = book.getSheet("01 收入支出总体情况");
            XSSFCell budget = totals.getRow(4).getCell(1);
            assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(budget.getRawValue()).isEqualTo("232.340001");
            assertThat(book.getSheet("03 收入决算表").getRow(2).getCell(0).getStringCellValue()).isEqualTo("一般公共预算财政拨款收入");
        }
        assertThat(new String(xlsx, StandardCharsets.ISO_8859_1)).doesNotContain("<f>");
    }

    @Test
    void whenAVersionIsRenderedTwice_thenTheSecondComesFromTheCacheUnderTheSameTag() {
        ReportRenderer renderer = new ReportRenderer(templates(), new CjkFont(""), 8);
        Shown shown = shown();

        byte[] first = renderer.render(shown, ReportRenderer.Format.HTML);
        byte[] second = renderer.render(shown, ReportRenderer.Format.HTML);

        assertThat(second).isSameAs(first);
        assertThat(renderer.cached()).isEqualTo(1);
        assertThat(renderer.tag(shown, ReportRenderer.Format.HTML)).startsWith("\"510422901-2024-v1-lc-html-");
    }
}
