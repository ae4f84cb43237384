package cn.budgetperf.publication.report.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** One department-year of the read model; {@code details}, {@code scoreDetails} and {@code goals} are JSON ({@link StoredDetails}). */
@MappedEntity("report_view")
public record ReportRow(
        @Id String id,
        String departmentCode,
        int fiscalYear,
        @Nullable String departmentName,
        @Nullable String regionCode,
        long submissionRevision,
        @Nullable String submissionStatus,
        @Nullable BigDecimal incomeTotal,
        @Nullable BigDecimal expenditureTotal,
        @Nullable BigDecimal budgetTotal,
        @Nullable String details,
        long scoreVersion,
        @Nullable BigDecimal executionRate,
        @Nullable BigDecimal scoreTotal,
        @Nullable BigDecimal scoreMax,
        @Nullable BigDecimal scoreConverted,
        @Nullable String grade,
        @Nullable String scoreDetails,
        long goalsVersion,
        @Nullable String goals,
        Instant updatedAt) {
}
