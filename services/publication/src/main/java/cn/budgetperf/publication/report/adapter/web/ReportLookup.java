package cn.budgetperf.publication.report.adapter.web;

import cn.budgetperf.publication.report.adapter.render.Shown;
import cn.budgetperf.publication.report.application.PublicReports;
import cn.budgetperf.publication.report.domain.PublicationHistory;
import cn.budgetperf.publication.report.domain.PublishedVersion;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds what a public address names; anything that is not a published version (a malformed code, a
 * year, a version that does not exist, a withdrawn report's content) is a 404.
 */
@Component
class ReportLookup {

    private static final Pattern DEPARTMENT = Pattern.compile("[0-9A-Z]{3,32}");
    private static final Pattern YEAR = Pattern.compile("20[0-9]{2}");

    private final PublicReports reports;

    ReportLookup(PublicReports reports) {
        this.reports = reports;
    }

    /** Every version of a department-year, if at least one was published. */
    PublicationHistory history(String departmentCode, String year) {
        if (!DEPARTMENT.matcher(departmentCode).matches() || !YEAR.matcher(year).matches()) {
            throw notFound();
        }
        PublicationHistory history = reports.history(departmentCode, Integer.parseInt(year));
        if (history.versions().isEmpty()) {
            throw notFound();
        }
        return history;
    }

    /** The current version, which may be a withdrawal. */
    Shown current(String departmentCode, String year) {
        PublicationHistory history = history(departmentCode, year);
        return new Shown(departmentCode, Integer.parseInt(year), history.latest().orElseThrow(), history);
    }

    /** Version {@code n}, which may be a withdrawal. */
    Shown version(String departmentCode, String year, int n) {
        PublicationHistory history = history(departmentCode, year);
        PublishedVersion v = history.version(n).orElseThrow(ReportLookup::notFound);
        return new Shown(departmentCode, Integer.parseInt(year), v, history);
    }

    /** A version whose content is public: the current one unless withdrawn, or any earlier published one. */
    Shown content(Shown shown) {
        if (shown.version().isWithdrawal()) {
            throw notFound();
        }
        return shown;
    }

    static boolean isYear(String year) {
        return year != null && YEAR.matcher(year).matches();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
