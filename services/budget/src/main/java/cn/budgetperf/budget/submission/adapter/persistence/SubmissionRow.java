package cn.budgetperf.budget.submission.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("submission")
record SubmissionRow(
        @Id UUID id,
        String departmentCode,
        String departmentName,
        String regionCode,
        int fiscalYear,
        int version,
        long revision,
        String status,
        BigDecimal incomeTotal,
        BigDecimal expenditureTotal,
        BigDecimal budgetTotal,
        @Nullable String reviewComment,
        String updatedBy,
        Instant updatedAt) {
}
