package cn.budgetperf.publication.report.adapter.web;

import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.publication.report.domain.PublishedVersion;
import cn.budgetperf.publication.report.domain.ReportFacts;
import java.time.Instant;

/**
 * The published figures of one version as JSON ({@code …/{year}.json}); amounts are decimal strings in
 * 万元 exactly as published. The schema is documented in the service's README.
 */
record PublishedFigures(String departmentCode, String departmentName, String region, int fiscalYear, int version,
                        String action, Instant publishedAt, String note, Figures figures, Score score) {

    record Figures(String incomeTotal, String expenditureTotal, String budgetTotal) {
    }

    record Score(String executionRate, String total, String maxTotal, String converted, String grade) {
    }

    /** Exact, without padding zeros: 232.340000 → "232.34". */
    private static String wan(java.math.BigDecimal amount) {
        return Money.ofWanYuan(amount).toString();
    }

    static PublishedFigures of(PublishedVersion v) {
        ReportFacts f = v.facts().orElseThrow();
        Score score = f.score().map(s -> new Score(s.executionRate().toPlainString(), s.total().toPlainString(),
                s.max().toPlainString(), s.converted().toPlainString(), s.grade())).orElse(null);
        return new PublishedFigures(f.departmentCode(), f.departmentName(), f.regionName(), f.fiscalYear(), v.number(),
                v.action().name(), v.at(), v.note().orElse(null),
                new Figures(wan(f.incomeTotal()), wan(f.expenditureTotal()), wan(f.budgetTotal())),
                score);
    }
}
