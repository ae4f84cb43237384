package cn.budgetperf.publication.report.application;

import cn.budgetperf.publication.report.adapter.persistence.PublishedVersions;
import cn.budgetperf.publication.report.adapter.persistence.RegionNames;
import cn.budgetperf.publication.report.domain.PublicationHistory;
import cn.budgetperf.publication.report.domain.PublishedVersion;
import cn.budgetperf.publication.report.domain.ReportFacts;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public may read: published versions only, each at its own stable address. */
@Service
public class PublicReports {

    private final PublishedVersions versions;
    private final RegionNames regions;

    public PublicReports(PublishedVersions versions, RegionNames regions) {
        this.versions = versions;
        this.regions = regions;
    }

    /** One entry of the index. */
    public record Entry(String regionCode, String regionName, int fiscalYear, String departmentCode, String departmentName,
                        String grade, int version) {
    }

    /** A filter of the index; blank values match everything. */
    public record Filter(String region, Integer year, String query) {
        boolean matches(Entry e) {
            return (region == null || region.isBlank() || region.equals(e.regionCode()))
                    && (year == null || year == e.fiscalYear())
                    && (query == null || query.isBlank() || e.departmentName().toLowerCase(Locale.ROOT).contains(query.strip().toLowerCase(Locale.ROOT)));
        }
    }

    @Transactional(readOnly = true)
    public PublicationHistory history(String departmentCode, int year) {
        return versions.history(departmentCode, year);
    }

    /** The index of everything currently public, newest year first, then by region and department. */
    @Transactional(readOnly = true)
    public List<Entry> index(Filter filter) {
        return versions.latestOfEach().stream()
                .filter(l -> !l.version().isWithdrawal())
                .map(l -> entry(l.regionCode(), l.version()))
                .filter(filter::matches)
                .sorted(Comparator.comparing(Entry::fiscalYear).reversed().thenComparing(Entry::regionCode).thenComparing(Entry::departmentCode))
                .toList();
    }

    /** Regions and years that have something public, for the index's filters. */
    @Transactional(readOnly = true)
    public Map<String, String> regionNames() {
        return regions.all();
    }

    private Entry entry(String regionCode, PublishedVersion v) {
        ReportFacts f = v.facts().orElseThrow();
        return new Entry(regionCode, f.regionName(), f.fiscalYear(), f.departmentCode(), f.departmentName(),
                f.score().map(ReportFacts.Score::grade).orElse(null), v.number());
    }
}
