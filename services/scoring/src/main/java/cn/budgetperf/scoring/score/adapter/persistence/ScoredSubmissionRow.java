package cn.budgetperf.scoring.score.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** The current score of a department-year, with the figures it was computed from. */
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
        Instant computedAt,
        @Nullable Integer goalsVersion,
        @Nullable BigDecimal selfTotal,
        @Nullable BigDecimal selfConverted,
        @Nullable String selfGrade,
        boolean reviewed,
        int findingCount) {
}
