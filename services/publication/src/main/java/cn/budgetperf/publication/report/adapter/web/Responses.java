package cn.budgetperf.publication.report.adapter.web;

import cn.budgetperf.publication.report.adapter.render.ReportRenderer;
import cn.budgetperf.publication.report.adapter.render.ReportRenderer.Format;
import cn.budgetperf.publication.report.adapter.render.Shown;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Answers for a rendered version with its validators and caching: an {@code ETag} that names the
 * rendering and a {@code Last-Modified}; a request that already holds them gets 304 before anything is
 * rendered. The current version's page and downloads may be cached for a minute (a correction replaces
 * them); a numbered version's downloads never change (a year, immutable); a numbered version's page
 * changes only when a newer version appears (its "historic" notice), so ten minutes.
 */
@Component
class Responses {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ReportRenderer renderer;

    Responses(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    ResponseEntity<byte[]> page(Shown s, boolean numbered, WebRequest request) {
        CacheControl cache = numbered ? CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic() : current();
        return render(s, Format.HTML, HTML, cache, s.lastModified(), request);
    }

    ResponseEntity<byte[]> download(Shown s, Format format, boolean numbered, WebRequest request) {
        if (format == Format.PDF && renderer.pdfUnavailable().isPresent()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(("PDF下载暂不可用：" + renderer.pdfUnavailable().get()).getBytes(StandardCharsets.UTF_8));
        }
        CacheControl cache = numbered ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable() : current();
        MediaType type = format == Format.PDF ? MediaType.APPLICATION_PDF : XLSX;
        ResponseEntity<byte[]> answer = render(s, format, type, cache, s.version().at(), request);
        if (answer == null) {
            return null;
        }
        String name = s.departmentCode() + "-" + s.fiscalYear() + "-v" + s.version().number() + (format == Format.PDF ? ".pdf" : ".xlsx");
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(answer.getBody());
    }

    private static CacheControl current() {
        return CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    }

    /** {@code null} when the request's validators match: Spring has then answered 304 with them. */
    private ResponseEntity<byte[]> render(Shown s, Format format, MediaType type, CacheControl cache, Instant modified, WebRequest request) {
        String tag = renderer.tag(s, format);
        if (request.checkNotModified(tag, modified.toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok().contentType(type).cacheControl(cache).eTag(tag).lastModified(modified)
                .body(renderer.render(s, format));
    }
}
