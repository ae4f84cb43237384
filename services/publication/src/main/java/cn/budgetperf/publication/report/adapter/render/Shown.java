package cn.budgetperf.publication.report.adapter.render;

import cn.budgetperf.publication.report.domain.PublicationHistory;
import cn.budgetperf.publication.report.domain.PublishedVersion;
import cn.budgetperf.publication.report.domain.ReportPage;
import cn.budgetperf.publication.report.domain.VersionInfo;
import java.time.Instant;

/**
 * One published version of a department-year as a reader asks for it, with the history it belongs to
 * (whether it is the current one decides its links and its caching).
 */
public record Shown(String departmentCode, int fiscalYear, PublishedVersion version, PublicationHistory history) {

    public ReportPage page() {
        return ReportPage.of(version.facts().orElseThrow());
    }

    public VersionInfo info() {
        return VersionInfo.of(version, history);
    }

    public boolean isCurrent() {
        return history.latest().map(l -> l.number() == version.number()).orElse(false);
    }

    /** When what a reader sees of this department-year last changed: the newest version's time. */
    public Instant lastModified() {
        return history.latest().orElse(version).at();
    }

    public int latestNumber() {
        return history.latest().orElse(version).number();
    }

    /** The stable address of the current version's page. */
    public String path() {
        return "/public/reports/" + departmentCode + "/" + fiscalYear;
    }

    /** Where this version's downloads are: the current version's stable addresses, or the version's own. */
    public Downloads downloads() {
        String base = isCurrent() ? path() : path() + "/v/" + version.number();
        return new Downloads(base + ".pdf", base + ".xlsx", base + ".json");
    }

    /** The download links of a page. */
    public record Downloads(String pdf, String xlsx, String json) {
    }
}
