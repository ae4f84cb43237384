package cn.budgetperf.publication.report.adapter.web;

import cn.budgetperf.publication.report.adapter.render.ReportRenderer;
import cn.budgetperf.publication.report.adapter.render.Shown;
import cn.budgetperf.publication.report.application.PublicReports;
import cn.budgetperf.publication.report.domain.PublicationHistory;
import cn.budgetperf.publication.report.domain.VersionInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

@Controller
class PublicPagesController {

    private final PublicReports reports;
    private final ReportLookup lookup;
    private final Responses responses;
    private final ReportRenderer renderer;

    PublicPagesController(PublicReports reports, ReportLookup lookup, Responses responses, ReportRenderer renderer) {
        this.reports = reports;
        this.lookup = lookup;
        this.responses = responses;
        this.renderer = renderer;
    }

    /**
     * The index, a search and a version list change whenever any report is published, corrected or
     * withdrawn: a browser asks again every time (and gets 304 while its copy holds), a shared cache
     * such as the gateway's (ADR 0020), which forgets on every publication event, keeps them a minute.
     */
    static final CacheControl LISTS = CacheControl.maxAge(Duration.ZERO).mustRevalidate()
            .sMaxAge(Duration.ofMinutes(1)).cachePublic();

    @GetMapping({"/public", "/public/"})
    String index(@RequestParam(required = false) String region, @RequestParam(required = false) String year,
                 @RequestParam(required = false) String q, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, LISTS.getHeaderValue());
        Integer wantedYear = ReportLookup.isYear(year) ? Integer.valueOf(year) : null;
        String query = q == null ? null : q.strip().substring(0, Math.min(q.strip().length(), 50));
        List<PublicReports.Entry> entries = reports.index(new PublicReports.Filter(region, wantedYear, query));
        model.addAttribute("entries", entries);
        model.addAttribute("bundles", entries.stream().map(e -> new Bundle(e.regionCode(), e.regionName(), e.fiscalYear())).distinct().toList());
        model.addAttribute("regions", reports.regionNames());
        model.addAttribute("region", region);
        model.addAttribute("year", wantedYear);
        model.addAttribute("q", query);
        return "index";
    }

    /** One region-year's bulk download, as the index offers it. */
    record Bundle(String regionCode, String regionName, int fiscalYear) {
        public String href() {
            return "/public/downloads/" + regionCode + "/" + fiscalYear + ".zip";
        }
    }

    @GetMapping("/public/reports/{departmentCode}/{year}")
    ResponseEntity<byte[]> current(@PathVariable String departmentCode, @PathVariable String year, WebRequest request) {
        Shown shown = lookup.current(departmentCode, year);
        return shown.version().isWithdrawal() ? withdrawn(shown) : responses.page(shown, false, request);
    }

    @GetMapping("/public/reports/{departmentCode}/{year}/v/{version}")
    ResponseEntity<byte[]> version(@PathVariable String departmentCode, @PathVariable String year, @PathVariable int version,
                                   WebRequest request) {
        Shown shown = lookup.version(departmentCode, year, version);
        return shown.version().isWithdrawal() ? withdrawn(shown) : responses.page(shown, true, request);
    }

    @GetMapping("/public/reports/{departmentCode}/{year}/versions")
    String versions(@PathVariable String departmentCode, @PathVariable String year, Model model,
                    HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, LISTS.getHeaderValue());
        PublicationHistory history = lookup.history(departmentCode, year);
        model.addAttribute("departmentCode", departmentCode);
        model.addAttribute("fiscalYear", year);
        model.addAttribute("title", history.versions().stream().flatMap(v -> v.facts().stream()).reduce((a, b) -> b)
                .map(f -> f.departmentName() + f.fiscalYear() + "年度报告的版本").orElse("报告的版本"));
        model.addAttribute("versions", newestFirst(history.versions().stream().map(v -> VersionInfo.of(v, history)).toList()));
        return "versions";
    }

    private ResponseEntity<byte[]> withdrawn(Shown shown) {
        PublicationHistory history = shown.history();
        Map<String, Object> model = new HashMap<>();
        model.put("version", shown.info());
        model.put("departmentCode", shown.departmentCode());
        model.put("fiscalYear", shown.fiscalYear());
        model.put("title", "该报告已撤回");
        model.put("previous", newestFirst(history.versions().stream().filter(v -> !v.isWithdrawal())
                .map(v -> VersionInfo.of(v, history)).toList()));
        return ResponseEntity.ok().contentType(Responses.HTML).cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .lastModified(shown.lastModified()).body(renderer.page("withdrawn", model));
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new ArrayList<>(oldestFirst);
        Collections.reverse(copy);
        return copy;
    }
}
