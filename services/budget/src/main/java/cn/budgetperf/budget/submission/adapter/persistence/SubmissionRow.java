package cn.budgetperf.budget.submission.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The current version of a submission; the totals are the effective ones (null while unknown). */
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
        @Nullable BigDecimal incomeTotal,
        @Nullable BigDecimal expenditureTotal,
        @Nullable BigDecimal budgetTotal,
        @Nullable String reviewComment,
        String updatedBy,
        Instant updatedAt,
        @TypeDef(type = DataType.JSON) String document,
        @TypeDef(type = DataType.JSON) String explanations,
        @Nullable String correctionNote,
        @Nullable @TypeDef(type = DataType.JSON) String report) {
}
