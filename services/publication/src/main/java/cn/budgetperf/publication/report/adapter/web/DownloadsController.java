package cn.budgetperf.publication.report.adapter.web;

import cn.budgetperf.publication.report.adapter.render.ReportRenderer.Format;
import cn.budgetperf.publication.report.adapter.render.Shown;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * A published version as PDF, .xlsx or JSON: the current version at the report's own address with a
 * suffix, any version at {@code …/v/{n}} with the suffix.
 */
@RestController
class DownloadsController {

    private final ReportLookup lookup;
    private final Responses responses;

    DownloadsController(ReportLookup lookup, Responses responses) {
        this.lookup = lookup;
        this.responses = responses;
    }

    @GetMapping("/public/reports/{departmentCode}/{year}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String departmentCode, @PathVariable String year, WebRequest request) {
        return responses.download(lookup.content(lookup.current(departmentCode, year)), Format.PDF, false, request);
    }

    @GetMapping("/public/reports/{departmentCode}/{year}/v/{version}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String departmentCode, @PathVariable String year, @PathVariable int version,
                               WebRequest request) {
        return responses.download(lookup.content(lookup.version(departmentCode, year, version)), Format.PDF, true, request);
    }

    @GetMapping("/public/reports/{departmentCode}/{year}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String departmentCode, @PathVariable String year, WebRequest request) {
        return responses.download(lookup.content(lookup.current(departmentCode, year)), Format.XLSX, false, request);
    }

    @GetMapping("/public/reports/{departmentCode}/{year}/v/{version}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String departmentCode, @PathVariable String year, @PathVariable int version,
                                WebRequest request) {
        return responses.download(lookup.content(lookup.version(departmentCode, year, version)), Format.XLSX, true, request);
    }

    @GetMapping(value = "/public/reports/{departmentCode}/{year}.json", produces = "application/json")
    ResponseEntity<PublishedFigures> json(@PathVariable String departmentCode, @PathVariable String year) {
        Shown shown = lookup.content(lookup.current(departmentCode, year));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
                .lastModified(shown.version().at()).body(PublishedFigures.of(shown.version()));
    }

    @GetMapping(value = "/public/reports/{departmentCode}/{year}/v/{version}.json", produces = "application/json")
    ResponseEntity<PublishedFigures> json(@PathVariable String departmentCode, @PathVariable String year, @PathVariable int version) {
        Shown shown = lookup.content(lookup.version(departmentCode, year, version));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable())
                .lastModified(shown.version().at()).body(PublishedFigures.of(shown.version()));
    }
}
