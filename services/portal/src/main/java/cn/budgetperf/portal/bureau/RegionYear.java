package cn.budgetperf.portal.bureau;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every department of a region in one year: the directory's departments and any others that
 * submitted, each with its latest submission and scoring's line.
 *
 * @param region         the bureau's region code
 * @param year           the fiscal year
 * @param rows           one per department, in the directory's order
 * @param scoringProblem the Chinese note when scoring did not answer, else {@code null}
 */
record RegionYear(String region, int year, List<DashboardRow> rows, String scoringProblem) {

    ScoreDistribution distribution() {
        return ScoreDistribution.of(rows.stream().map(DashboardRow::score).filter(Objects::nonNull)
                .map(s -> s.get("converted")).filter(Objects::nonNull).map(c -> new BigDecimal(c.toString())).toList());
    }

    List<Map<String, Object>> submissions() {
        return rows.stream().map(DashboardRow::submission).filter(Objects::nonNull).toList();
    }
}
