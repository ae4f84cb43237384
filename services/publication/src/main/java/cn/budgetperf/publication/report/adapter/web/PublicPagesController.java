package cn.budgetperf.publication.report.adapter.web;

import cn.budgetperf.publication.report.application.PublicReports;
import cn.budgetperf.publication.report.domain.PublicationHistory;
import cn.budgetperf.publication.report.domain.PublishedVersion;
import cn.budgetperf.publication.report.domain.ReportPage;
import cn.budgetperf.publication.report.domain.VersionInfo;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

@Controller
class PublicPagesController {

    private static final Pattern DEPARTMENT = Pattern.compile("[0-9A-Z]{3,32}");
    private static final Pattern YEAR = Pattern.compile("20[0-9]{2}");

    private final PublicReports reports;

    PublicPagesController(PublicReports reports) {
        this.reports = reports;
    }

    @GetMapping({"/public", "/public/"})
    String index(@RequestParam(required = false) String region, @RequestParam(required = false) String year,
                 @RequestParam(required = false) String q, Model model) {
        Integer wantedYear = year != null && YEAR.matcher(year).matches() ? Integer.valueOf(year) : null;
        String query = q == null ? null : q.strip().substring(0, Math.min(q.strip().length(), 50));
        model.addAttribute("entries", reports.index(new PublicReports.Filter(region, wantedYear, query)));
        model.addAttribute("regions", reports.regionNames());
        model.addAttribute("region", region);
        model.addAttribute("year", wantedYear);
        model.addAttribute("q", query);
        return "index";
    }

    @GetMapping("/public/reports/{departmentCode}/{year}")
    String current(@PathVariable String departmentCode, @PathVariable String year, Model model) {
        PublicationHistory history = history(departmentCode, year);
        PublishedVersion latest = history.latest().orElseThrow(PublicPagesController::notFound);
        return show(latest, history, model);
    }

    @GetMapping("/public/reports/{departmentCode}/{year}/v/{version}")
    String version(@PathVariable String departmentCode, @PathVariable String year, @PathVariable int version, Model model) {
        PublicationHistory history = history(departmentCode, year);
        return show(history.version(version).orElseThrow(PublicPagesController::notFound), history, model);
    }

    @GetMapping("/public/reports/{departmentCode}/{year}/versions")
    String versions(@PathVariable String departmentCode, @PathVariable String year, Model model) {
        PublicationHistory history = history(departmentCode, year);
        List<VersionInfo> infos = newestFirst(history.versions().stream().map(v -> VersionInfo.of(v, history)).toList());
        model.addAttribute("departmentCode", departmentCode);
        model.addAttribute("fiscalYear", year);
        model.addAttribute("title", history.versions().stream().flatMap(v -> v.facts().stream()).reduce((a, b) -> b)
                .map(f -> f.departmentName() + f.fiscalYear() + "年度报告的版本").orElse("报告的版本"));
        model.addAttribute("versions", infos);
        return "versions";
    }

    @GetMapping(value = "/public/reports/{departmentCode}/{year}.json", produces = "application/json")
    @ResponseBody
    PublishedFigures json(@PathVariable String departmentCode, @PathVariable String year) {
        PublicationHistory history = history(departmentCode, year);
        if (!history.isPublic()) {
            throw notFound();
        }
        return PublishedFigures.of(history.latest().orElseThrow());
    }

    private String show(PublishedVersion version, PublicationHistory history, Model model) {
        model.addAttribute("version", VersionInfo.of(version, history));
        history.versions().stream().flatMap(v -> v.facts().stream()).findFirst().ifPresent(f -> {
            model.addAttribute("departmentCode", f.departmentCode());
            model.addAttribute("fiscalYear", f.fiscalYear());
        });
        if (version.isWithdrawal()) {
            model.addAttribute("previous", newestFirst(history.versions().stream().filter(v -> !v.isWithdrawal())
                    .map(v -> VersionInfo.of(v, history)).toList()));
            model.addAttribute("title", "该报告已撤回");
            return "withdrawn";
        }
        model.addAttribute("page", ReportPage.of(version.facts().orElseThrow()));
        return "report";
    }

    private PublicationHistory history(String departmentCode, String year) {
        if (!DEPARTMENT.matcher(departmentCode).matches() || !YEAR.matcher(year).matches()) {
            throw notFound();
        }
        PublicationHistory history = reports.history(departmentCode, Integer.parseInt(year));
        if (history.versions().isEmpty()) {
            throw notFound();
        }
        return history;
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
