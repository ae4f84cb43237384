package cn.budgetperf.budget.submission.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What other services made of a department-year: its latest score (scoring.results.v1) and its
 * publication state (publication.events.v1). Components are {@code null} until the event arrives.
 */
public record Outcome(
        String id,
        long scoreSequence,
        Integer scoreOfVersion,
        BigDecimal executionRate,
        BigDecimal scoreTotal,
        BigDecimal scoreMax,
        BigDecimal scoreConverted,
        String grade,
        Instant scoredAt,
        long publicationSequence,
        String publicationAction,
        Integer publicVersion,
        String publicPath,
        String publicationNote,
        Instant publishedAt) {

    public static Outcome none(String id) {
        return new Outcome(id, 0, null, null, null, null, null, null, null, 0, null, null, null, null, null);
    }

    /** Whether the report is public now (published or corrected, not withdrawn). */
    public boolean published() {
        return "PUBLISHED".equals(publicationAction) || "CORRECTED".equals(publicationAction);
    }
}
