package cn.budgetperf.publication.report.application;

import cn.budgetperf.publication.report.adapter.persistence.RegionNames;
import cn.budgetperf.publication.report.adapter.persistence.ReportRepository;
import cn.budgetperf.publication.report.adapter.persistence.ReportRow;
import cn.budgetperf.publication.report.domain.ReportFacts;
import cn.budgetperf.publication.report.domain.ReportPage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public pages, built from the read model. */
@Service
public class PublicReports {

    private final ReportRepository reports;
    private final RegionNames regions;

    public PublicReports(ReportRepository reports, RegionNames regions) {
        this.reports = reports;
        this.regions = regions;
    }

    /** One entry of the index. */
    public record Entry(String regionName, int fiscalYear, String departmentCode, String departmentName, String grade) {
    }

    @Transactional(readOnly = true)
    public Optional<ReportPage> page(String departmentCode, int year) {
        return reports.findById(departmentCode + ":" + year).filter(ReportRow::hasSubmission)
                .map(r -> ReportPage.of(facts(r, regions.all())));
    }

    @Transactional(readOnly = true)
    public List<Entry> index() {
        Map<String, String> names = regions.all();
        return reports.findAllPublished().stream()
                .map(r -> new Entry(names.getOrDefault(r.regionCode(), r.regionCode()), r.fiscalYear(), r.departmentCode(),
                        r.departmentName(), r.grade()))
                .toList();
    }

    private static ReportFacts facts(ReportRow r, Map<String, String> regionNames) {
        Optional<ReportFacts.Score> score = r.scoreVersion() == 0 ? Optional.empty()
                : Optional.of(new ReportFacts.Score(r.executionRate(), r.scoreTotal(), r.scoreMax(), r.scoreConverted(), r.grade()));
        return new ReportFacts(r.departmentCode(), r.fiscalYear(), r.departmentName(),
                regionNames.getOrDefault(r.regionCode(), r.regionCode()), r.submissionStatus(), r.incomeTotal(),
                r.expenditureTotal(), r.budgetTotal(), score);
    }
}
