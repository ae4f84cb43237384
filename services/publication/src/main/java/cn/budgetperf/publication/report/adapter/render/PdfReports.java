package cn.budgetperf.publication.report.adapter.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The PDF of a report page: the same template as the HTML page in its print form (charts as bars of
 * plain boxes, no links), laid out by openhtmltopdf with the CJK font embedded as a subset. Text is
 * escaped by the template, so a department's text shows as the characters it wrote.
 */
final class PdfReports {

    static final String FONT_FAMILY = "BudgetPerfCJK";

    private final CjkFont font;

    PdfReports(CjkFont font) {
        this.font = font;
    }

    byte[] render(String xhtml, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument(); CjkFont.Loaded loaded = font.load(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("预算绩效信息公开平台");
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            // One face for every weight: headings print in the same face rather than falling back to a font without CJK.
            builder.useFont(new PDFontSupplier(loaded.font()), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(loaded.font()), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
