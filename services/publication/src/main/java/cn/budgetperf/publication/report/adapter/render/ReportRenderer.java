package cn.budgetperf.publication.report.adapter.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a published version as HTML, PDF or .xlsx and keeps recent renderings. What a rendering
 * shows depends only on the version, on whether a newer one exists (the page's "historic" notice and
 * its download links) and on this build of the application, so {@link #tag} names it exactly: the
 * web layer answers a matching {@code If-None-Match} without rendering anything.
 */
@Component
public class ReportRenderer {

    /** The formats a version is offered in. */
    public enum Format { HTML, PDF, XLSX }

    private final ITemplateEngine templates;
    private final CjkFont font;
    private final PdfReports pdfs;
    private final RenderCache cache;
    private final String pdfCss;
    private final String build = Long.toString(Instant.now().toEpochMilli(), 36);

    ReportRenderer(ITemplateEngine templates, CjkFont font, @Value("${budgetperf.publication.render-cache-entries:256}") int entries) {
        this.templates = templates;
        this.font = font;
        this.pdfs = new PdfReports(font);
        this.cache = new RenderCache(entries);
        this.pdfCss = resource("/pdf/report.css");
    }

    /** A strong entity tag of what {@link #render} returns for this version and format. */
    public String tag(Shown s, Format format) {
        return "\"" + s.departmentCode() + "-" + s.fiscalYear() + "-v" + s.version().number() + "-l" + (s.isCurrent() ? "c" : s.latestNumber())
                + "-" + format.name().toLowerCase(Locale.ROOT) + "-" + build + "\"";
    }

    /** Why PDFs cannot be made on this server, if they cannot. */
    public Optional<String> pdfUnavailable() {
        return font.problem();
    }

    public byte[] render(Shown s, Format format) {
        return cache.get(tag(s, format), () -> switch (format) {
            case HTML -> html(s, false).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdfs.render(html(s, true), s.page().title());
            case XLSX -> Spreadsheets.write(s.page(), s.info(), s.path());
        });
    }

    /** Any other page of the site, rendered as it is asked for (not cached). */
    public byte[] page(String template, Map<String, Object> model) {
        return templates.process(template, new Context(Locale.SIMPLIFIED_CHINESE, model)).getBytes(StandardCharsets.UTF_8);
    }

    int cached() {
        return cache.size();
    }

    private String html(Shown s, boolean pdf) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", s.page());
        model.put("version", s.info());
        model.put("downloads", s.downloads());
        model.put("pdf", pdf);
        model.put("pdfCss", pdfCss.replace("FONT_FAMILY", PdfReports.FONT_FAMILY));
        return templates.process("report", new Context(Locale.SIMPLIFIED_CHINESE, model));
    }

    private static String resource(String name) {
        try (InputStream in = ReportRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
