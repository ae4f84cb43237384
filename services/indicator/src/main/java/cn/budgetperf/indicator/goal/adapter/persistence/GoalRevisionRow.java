package cn.budgetperf.indicator.goal.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One version, kept for the audit trail: who saved (or withdrew, with the document withdrawn) what, when. */
@MappedEntity("goal_revision")
public record GoalRevisionRow(@Id @GeneratedValue @Nullable Long id, String departmentCode, int fiscalYear, int version, String document,
                              String savedBy, Instant savedAt, boolean withdrawn) {
}
