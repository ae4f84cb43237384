package cn.budgetperf.publication.report.adapter.web;

import cn.budgetperf.publication.report.application.PublicReports;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class PublicPagesController {

    private static final Pattern DEPARTMENT = Pattern.compile("[0-9A-Z]{3,32}");

    private final PublicReports reports;

    PublicPagesController(PublicReports reports) {
        this.reports = reports;
    }

    @GetMapping({"/public", "/public/"})
    String index(Model model) {
        model.addAttribute("entries", reports.index());
        return "index";
    }

    @GetMapping("/public/reports/{departmentCode}/{year}")
    String report(@PathVariable String departmentCode, @PathVariable String year, Model model) {
        if (!DEPARTMENT.matcher(departmentCode).matches() || !year.matches("20[0-9]{2}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("page", reports.page(departmentCode, Integer.parseInt(year))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "report";
    }
}
