package cn.budgetperf.scoring.score.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("scored_submission")
public record ScoredSubmissionRow(
        @Id String id,
        String departmentCode,
        int fiscalYear,
        String departmentName,
        String regionCode,
        int submissionVersion,
        long submissionRevision,
        String submissionStatus,
        BigDecimal incomeTotal,
        BigDecimal expenditureTotal,
        BigDecimal budgetTotal,
        int computationCount,
        BigDecimal executionRate,
        BigDecimal total,
        BigDecimal maxTotal,
        BigDecimal converted,
        String grade,
        Instant computedAt) {
}
