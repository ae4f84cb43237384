package cn.budgetperf.publication.report.adapter.persistence;

import cn.budgetperf.publication.report.domain.Details;
import cn.budgetperf.publication.report.domain.Goals;
import cn.budgetperf.publication.report.domain.ReportFacts;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The stored form of {@link ReportFacts}: flat, nullable, stable field names. {@code details} and
 * {@code scoreDetails} and {@code goals} are absent from versions published before they existed; such a
 * version reads with no detailed tables, no goals and a score that is its own self-score.
 */
record FactsJson(String departmentCode, int fiscalYear, String departmentName, String regionName, String submissionStatus,
                 BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal budgetTotal, BigDecimal executionRate,
                 BigDecimal scoreTotal, BigDecimal scoreMax, BigDecimal scoreConverted, String grade, DetailsJson details,
                 ScoreDetailsJson scoreDetails, Goals goals) {

    static FactsJson of(ReportFacts f) {
        Optional<ReportFacts.Score> s = f.score();
        return new FactsJson(f.departmentCode(), f.fiscalYear(), f.departmentName(), f.regionName(), f.submissionStatus(),
                f.incomeTotal(), f.expenditureTotal(), f.budgetTotal(),
                s.map(ReportFacts.Score::executionRate).orElse(null), s.map(ReportFacts.Score::total).orElse(null),
                s.map(ReportFacts.Score::max).orElse(null), s.map(ReportFacts.Score::converted).orElse(null),
                s.map(ReportFacts.Score::grade).orElse(null),
                Details.NONE.equals(f.details()) ? null : DetailsJson.of(f.details()), s.map(ScoreDetailsJson::of).orElse(null),
                Goals.NONE.equals(f.goals()) ? null : f.goals());
    }

    ReportFacts toFacts() {
        Optional<ReportFacts.Score> score = grade == null ? Optional.empty()
                : Optional.of(ScoreDetailsJson.score(executionRate, scoreTotal, scoreMax, scoreConverted, grade, scoreDetails));
        return new ReportFacts(departmentCode, fiscalYear, departmentName, regionName, submissionStatus, incomeTotal,
                expenditureTotal, budgetTotal, details == null ? Details.NONE : details.toDetails(), goals, score);
    }
}
