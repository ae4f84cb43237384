package cn.budgetperf.scoring.score.adapter.web;

import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One line of the bureau's table: rank (equal scores share a rank), totals, grade, execution rate. */
record RegionRow(int rank, String departmentCode, String departmentName, String submissionStatus, BigDecimal executionRate,
                 BigDecimal total, BigDecimal maxTotal, BigDecimal converted, String grade, BigDecimal selfConverted, String selfGrade,
                 boolean reviewed, int findingCount) {

    /** Rows ordered by converted score, best first, ranked 1, 2, 2, 4 … */
    static List<RegionRow> ranked(List<ScoredSubmissionRow> ordered) {
        List<RegionRow> rows = new ArrayList<>();
        int rank = 0;
        for (int n = 0; n < ordered.size(); n++) {
            ScoredSubmissionRow r = ordered.get(n);
            if (n == 0 || r.converted().compareTo(ordered.get(n - 1).converted()) != 0) {
                rank = n + 1;
            }
            rows.add(new RegionRow(rank, r.departmentCode(), r.departmentName(), r.submissionStatus(), r.executionRate(), r.total(),
                    r.maxTotal(), r.converted(), r.grade(), r.selfConverted(), r.selfGrade(), r.reviewed(), r.findingCount()));
        }
        return rows;
    }
}
