package cn.budgetperf.publication.report.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the read model knows about a department-year.
 *
 * @param details the detailed tables, {@link Details#NONE} while the submission carries only its totals
 * @param goals   the performance goals and indicators, {@link Goals#NONE} until the indicator service sent them
 * @param score   the current score, once the scoring service has computed one
 */
public record ReportFacts(String departmentCode, int fiscalYear, String departmentName, String regionName,
                          String submissionStatus, BigDecimal incomeTotal, BigDecimal expenditureTotal,
                          BigDecimal budgetTotal, Details details, Goals goals, Optional<Score> score) {

    public ReportFacts {
        details = details == null ? Details.NONE : details;
        goals = goals == null ? Goals.NONE : goals;
        score = score == null ? Optional.empty() : score;
    }

    /** The totals, the detailed tables and the score, without goals. */
    public ReportFacts(String departmentCode, int fiscalYear, String departmentName, String regionName, String submissionStatus,
                       BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal budgetTotal, Details details,
                       Optional<Score> score) {
        this(departmentCode, fiscalYear, departmentName, regionName, submissionStatus, incomeTotal, expenditureTotal, budgetTotal,
                details, Goals.NONE, score);
    }

    /** The three totals and the score alone. */
    public ReportFacts(String departmentCode, int fiscalYear, String departmentName, String regionName, String submissionStatus,
                       BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal budgetTotal, Optional<Score> score) {
        this(departmentCode, fiscalYear, departmentName, regionName, submissionStatus, incomeTotal, expenditureTotal, budgetTotal,
                Details.NONE, Goals.NONE, score);
    }

    /**
     * The score as published: execution rate in percent, the final points (the bureau's where it re-scored,
     * 复核), maximum, converted score and grade, with the department's own score beside them.
     *
     * @param reviewed true when the bureau re-scored at least one item
     * @param items    every scored item, with the self-score beside the final points
     * @param projects every project's score
     */
    public record Score(BigDecimal executionRate, BigDecimal total, BigDecimal max, BigDecimal converted, String grade,
                        BigDecimal selfTotal, BigDecimal selfConverted, String selfGrade, boolean reviewed,
                        List<ScoreItem> items, List<ProjectScore> projects) {

        public Score {
            items = items == null ? List.of() : List.copyOf(items);
            projects = projects == null ? List.of() : List.copyOf(projects);
        }

        /** A score nobody re-scored, without items. */
        public Score(BigDecimal executionRate, BigDecimal total, BigDecimal max, BigDecimal converted, String grade) {
            this(executionRate, total, max, converted, grade, total, converted, grade, false, List.of(), List.of());
        }
    }

    /** One scored item; {@code selfPoints} is the department's own score, {@code reviewReason} the bureau's reason. */
    public record ScoreItem(String name, BigDecimal maxPoints, BigDecimal points, BigDecimal selfPoints, String reviewReason) {
    }

    /** A project's self-evaluation score (预算执行率 10 + indicators 90). */
    public record ProjectScore(String code, String name, BigDecimal executionRate, BigDecimal total, BigDecimal maxTotal,
                               String grade, BigDecimal selfTotal) {
    }
}
