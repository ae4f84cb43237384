package cn.budgetperf.indicator.goal.application;

import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import java.time.Instant;

/**
 * A department-year's accepted goals as the API shows them.
 *
 * @param departmentCode the department
 * @param fiscalYear     the year
 * @param version        the accepted version
 * @param savedBy        who saved it
 * @param savedAt        when
 * @param goals          the document (the payload of {@code indicator.goals.v1})
 */
public record GoalsView(String departmentCode, int fiscalYear, int version, String savedBy, Instant savedAt, GoalsAccepted goals) {
}
