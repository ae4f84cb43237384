package cn.budgetperf.indicator.goal.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A department-year's current goals; {@code document} is the JSON of {@code GoalsAccepted}, the last
 * accepted one when {@code withdrawn}.
 */
@MappedEntity("goal_set")
public record GoalSetRow(@Id String id, String departmentCode, int fiscalYear, String regionCode, String departmentName, int version,
                         String document, String savedBy, Instant savedAt, boolean withdrawn) {
}
