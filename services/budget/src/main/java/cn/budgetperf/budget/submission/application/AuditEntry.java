package cn.budgetperf.budget.submission.application;

import java.time.Instant;
import java.util.List;

/**
 * One audited step: who, when, what (action) and what changed (field paths with before and after).
 *
 * @param changes each changed field; before or after is {@code null} when the field was added or removed
 */
public record AuditEntry(String actor, Instant at, String action, Integer version, List<Change> changes) {

    public record Change(String path, String before, String after) {
    }
}
