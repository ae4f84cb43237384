package cn.budgetperf.budget.submission.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("submission_outcome")
record OutcomeRow(
        @Id String id,
        long scoreSequence,
        @Nullable Integer scoreOfVersion,
        @Nullable BigDecimal executionRate,
        @Nullable BigDecimal scoreTotal,
        @Nullable BigDecimal scoreMax,
        @Nullable BigDecimal scoreConverted,
        @Nullable String grade,
        @Nullable Instant scoredAt,
        long publicationSequence,
        @Nullable String publicationAction,
        @Nullable Integer publicVersion,
        @Nullable String publicPath,
        @Nullable String publicationNote,
        @Nullable Instant publishedAt) {
}
