package cn.budgetperf.contracts.indicator.v1;

import cn.budgetperf.contracts.values.RegionCode;
import java.util.Objects;

/**
 * A department-year's goals were withdrawn by the department: consumers forget the goals they hold
 * (a later save announces new ones with a higher version).
 *
 * @param version        the version of the withdrawal (one above the goals it withdraws)
 * @param departmentName the department's name
 * @param regionCode     its region
 */
public record GoalsWithdrawn(int version, String departmentName, RegionCode regionCode) {

    public static final String TYPE = "indicator.goals.withdrawn";

    public GoalsWithdrawn {
        Objects.requireNonNull(regionCode, "regionCode");
    }
}
