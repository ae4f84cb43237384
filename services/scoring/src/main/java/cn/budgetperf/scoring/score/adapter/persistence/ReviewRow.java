package cn.budgetperf.scoring.score.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** One re-score by the bureau (复核), never changed afterwards: the audit trail. {@code points} null withdraws it. */
@MappedEntity("score_review")
public record ReviewRow(@Id @GeneratedValue @Nullable Long id, String departmentCode, int fiscalYear, String itemCode, String itemName,
                        @Nullable BigDecimal points, BigDecimal previousPoints, String reason, String reviewer, Instant reviewedAt) {
}
