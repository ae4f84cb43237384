package cn.budgetperf.publication.report.adapter.persistence;

import cn.budgetperf.publication.report.domain.ReportFacts;
import java.math.BigDecimal;
import java.util.List;

/** The stored form of a score's self-score, review flag, items and project scores (beside its columns). */
record ScoreDetailsJson(BigDecimal selfTotal, BigDecimal selfConverted, String selfGrade, boolean reviewed,
                        List<ReportFacts.ScoreItem> items, List<ReportFacts.ProjectScore> projects) {

    static ScoreDetailsJson of(ReportFacts.Score s) {
        return new ScoreDetailsJson(s.selfTotal(), s.selfConverted(), s.selfGrade(), s.reviewed(), s.items(), s.projects());
    }

    /** The score from its columns and these details; a score stored before details existed is its own self-score. */
    static ReportFacts.Score score(BigDecimal rate, BigDecimal total, BigDecimal max, BigDecimal converted, String grade,
                                  ScoreDetailsJson details) {
        if (details == null) {
            return new ReportFacts.Score(rate, total, max, converted, grade);
        }
        return new ReportFacts.Score(rate, total, max, converted, grade,
                details.selfTotal() == null ? total : details.selfTotal(),
                details.selfConverted() == null ? converted : details.selfConverted(),
                details.selfGrade() == null ? grade : details.selfGrade(), details.reviewed(), details.items(), details.projects());
    }
}
