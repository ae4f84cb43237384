package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of scoring a department-year.
 *
 * @param executionRate the department's execution rate, or {@code null} without figures
 * @param frameworkId   the framework of the self-evaluation, or {@code null}
 * @param items         the department's items (the framework's, or the execution rate alone)
 * @param self          the department's own card
 * @param fin           the final card: the bureau's where it re-scored, else equal to {@code self}
 * @param projects      every project's score
 * @param findings      what the computation noticed
 * @param ruleVersion   the rules and settings applied
 */
public record Evaluation(ExecutionRate executionRate, String frameworkId, List<ScoredItem> items, Scorecard self, Scorecard fin,
                         List<ProjectResult> projects, List<Finding> findings, String ruleVersion) {

    public Evaluation {
        items = List.copyOf(items);
        projects = List.copyOf(projects);
        findings = List.copyOf(findings);
    }

    /** Whether the bureau re-scored any item, of the department or of a project. */
    public boolean reviewed() {
        return items.stream().anyMatch(ScoredItem::reviewed)
                || projects.stream().flatMap(p -> p.items().stream()).anyMatch(ScoredItem::reviewed);
    }

    public BigDecimal executionRatePercent() {
        return executionRate == null ? null : executionRate.percent();
    }
}
