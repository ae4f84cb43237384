package cn.budgetperf.publication.report.adapter.web;

import cn.budgetperf.publication.report.adapter.render.ReportRenderer;
import cn.budgetperf.publication.report.adapter.render.Shown;
import cn.budgetperf.publication.report.application.PublicReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk download of a region-year: a zip with the JSON and the .xlsx of every report of that region
 * and year that is public now (its current version), and a 说明 file listing them.
 */
@RestController
class RegionArchiveController {

    private static final Pattern REGION = Pattern.compile("[0-9]{6}");

    private final PublicReports reports;
    private final ReportLookup lookup;
    private final ReportRenderer renderer;
    private final JsonMapper json;

    RegionArchiveController(PublicReports reports, ReportLookup lookup, ReportRenderer renderer, JsonMapper json) {
        this.reports = reports;
        this.lookup = lookup;
        this.renderer = renderer;
        this.json = json;
    }

    @GetMapping("/public/downloads/{regionCode}/{year}.zip")
    ResponseEntity<byte[]> archive(@PathVariable String regionCode, @PathVariable String year) {
        if (!REGION.matcher(regionCode).matches() || !ReportLookup.isYear(year)) {
            throw ReportLookup.notFound();
        }
        List<PublicReports.Entry> entries = reports.index(new PublicReports.Filter(regionCode, Integer.valueOf(year), null));
        if (entries.isEmpty()) {
            throw ReportLookup.notFound();
        }
        String name = regionCode + "-" + year + ".zip";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(zip(entries));
    }

    private byte[] zip(List<PublicReports.Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder readme = new StringBuilder(entries.get(0).regionName() + entries.get(0).fiscalYear()
                + "年度已公开的部门决算及绩效自评报告（每个部门的当前版本；金额单位：万元）\n\n");
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (PublicReports.Entry e : entries) {
                Shown shown = lookup.content(lookup.current(e.departmentCode(), Integer.toString(e.fiscalYear())));
                String base = e.departmentCode() + "-" + e.fiscalYear();
                put(zip, base + ".json", json.writeValueAsBytes(PublishedFigures.of(shown.version())));
                put(zip, base + ".xlsx", renderer.render(shown, ReportRenderer.Format.XLSX));
                readme.append(base).append("  ").append(e.departmentName()).append("  第").append(e.version()).append("版  ")
                        .append(shown.path()).append('\n');
            }
            put(zip, "README.txt", readme.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
