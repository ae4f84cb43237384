package cn.budgetperf.publication.report.adapter.persistence;

import cn.budgetperf.publication.report.domain.ReportFacts;
import java.math.BigDecimal;
import java.util.Optional;

/** The stored form of {@link ReportFacts}: flat, nullable, stable field names. */
record FactsJson(String departmentCode, int fiscalYear, String departmentName, String regionName, String submissionStatus,
                 BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal budgetTotal, BigDecimal executionRate,
                 BigDecimal scoreTotal, BigDecimal scoreMax, BigDecimal scoreConverted, String grade) {

    static FactsJson of(ReportFacts f) {
        return new FactsJson(f.departmentCode(), f.fiscalYear(), f.departmentName(), f.regionName(), f.submissionStatus(),
                f.incomeTotal(), f.expenditureTotal(), f.budgetTotal(),
                f.score().map(ReportFacts.Score::executionRate).orElse(null), f.score().map(ReportFacts.Score::total).orElse(null),
                f.score().map(ReportFacts.Score::max).orElse(null), f.score().map(ReportFacts.Score::converted).orElse(null),
                f.score().map(ReportFacts.Score::grade).orElse(null));
    }

    ReportFacts toFacts() {
        Optional<ReportFacts.Score> score = grade == null ? Optional.empty()
                : Optional.of(new ReportFacts.Score(executionRate, scoreTotal, scoreMax, scoreConverted, grade));
        return new ReportFacts(departmentCode, fiscalYear, departmentName, regionName, submissionStatus, incomeTotal,
                expenditureTotal, budgetTotal, score);
    }
}
