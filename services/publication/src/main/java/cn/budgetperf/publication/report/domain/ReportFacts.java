package cn.budgetperf.publication.report.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the read model knows about a department-year.
 *
 * @param score the current score, once the scoring service has computed one
 */
public record ReportFacts(String departmentCode, int fiscalYear, String departmentName, String regionName,
                          String submissionStatus, BigDecimal incomeTotal, BigDecimal expenditureTotal,
                          BigDecimal budgetTotal, Optional<Score> score) {

    /** The score as published: execution rate in percent, points, maximum, converted score and grade. */
    public record Score(BigDecimal executionRate, BigDecimal total, BigDecimal max, BigDecimal converted, String grade) {
    }
}
