package cn.budgetperf.indicator.framework.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** {@code id} is {@code regionCode:fiscalYear:scope}: one framework per region, year and scope. */
@MappedEntity("framework_assignment")
record AssignmentRow(@Id String id, String regionCode, int fiscalYear, String scope, String frameworkId, String assignedBy,
                     Instant assignedAt) {
}
