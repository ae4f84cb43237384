package cn.budgetperf.publication.report.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("published_version")
record PublishedVersionRow(
        @Id @GeneratedValue @Nullable Long id,
        String departmentCode,
        int fiscalYear,
        String regionCode,
        int version,
        String action,
        @Nullable String note,
        String actor,
        Instant occurredAt,
        @Nullable String facts) {
}
