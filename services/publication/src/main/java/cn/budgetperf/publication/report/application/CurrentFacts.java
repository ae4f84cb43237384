package cn.budgetperf.publication.report.application;

import cn.budgetperf.publication.report.adapter.persistence.RegionNames;
import cn.budgetperf.publication.report.adapter.persistence.ReportRow;
import cn.budgetperf.publication.report.domain.ReportFacts;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What the read model currently knows about a department-year, as the page model's facts. */
@Component
class CurrentFacts {

    private final RegionNames regions;

    CurrentFacts(RegionNames regions) {
        this.regions = regions;
    }

    ReportFacts of(ReportRow r) {
        Optional<ReportFacts.Score> score = r.scoreVersion() == 0 ? Optional.empty()
                : Optional.of(new ReportFacts.Score(r.executionRate(), r.scoreTotal(), r.scoreMax(), r.scoreConverted(), r.grade()));
        return new ReportFacts(r.departmentCode(), r.fiscalYear(), r.departmentName(),
                regions.all().getOrDefault(r.regionCode(), r.regionCode()), r.submissionStatus(), r.incomeTotal(),
                r.expenditureTotal(), r.budgetTotal(), score);
    }
}
