package cn.budgetperf.publication.report.application;

import cn.budgetperf.publication.report.adapter.persistence.RegionNames;
import cn.budgetperf.publication.report.adapter.persistence.ReportRow;
import cn.budgetperf.publication.report.adapter.persistence.StoredDetails;
import cn.budgetperf.publication.report.domain.ReportFacts;
import org.springframework.stereotype.Component;

/** What the read model currently knows about a department-year, as the page model's facts. */
@Component
class CurrentFacts {

    private final RegionNames regions;
    private final StoredDetails stored;

    CurrentFacts(RegionNames regions, StoredDetails stored) {
        this.regions = regions;
        this.stored = stored;
    }

    ReportFacts of(ReportRow r) {
        return new ReportFacts(r.departmentCode(), r.fiscalYear(), r.departmentName(),
                regions.all().getOrDefault(r.regionCode(), r.regionCode()), r.submissionStatus(), r.incomeTotal(),
                r.expenditureTotal(), r.budgetTotal(), stored.details(r), stored.goals(r), stored.score(r));
    }
}
