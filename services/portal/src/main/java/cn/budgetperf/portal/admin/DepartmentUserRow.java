package cn.budgetperf.portal.admin;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The platform's record that a Keycloak user fills in for a department: who registered it and when.
 * The user account itself, and the claims its token carries, stay in Keycloak (ADR 0018).
 */
@MappedEntity("department_user")
public record DepartmentUserRow(@Id String username, String departmentCode, String addedBy, Instant addedAt) {
}
