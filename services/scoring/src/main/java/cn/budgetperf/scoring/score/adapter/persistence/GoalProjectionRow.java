package cn.budgetperf.scoring.score.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The latest goals event received for a department-year: {@code document} is the GoalsAccepted JSON
 * (the last accepted one when {@code withdrawn}).
 */
@MappedEntity("goal_projection")
public record GoalProjectionRow(@Id String id, String departmentCode, int fiscalYear, long goalsRevision, int goalsVersion, String document,
                                Instant receivedAt, boolean withdrawn) {
}
