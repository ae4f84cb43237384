package cn.budgetperf.scoring.score.adapter.web;

import cn.budgetperf.scoring.score.adapter.persistence.ReviewRow;
import java.math.BigDecimal;
import java.time.Instant;

/** One audited re-score: item, before, after (null: withdrawn), why, who, when. */
record ReviewView(String itemCode, String itemName, BigDecimal previousPoints, BigDecimal points, String reason, String reviewer,
                  Instant reviewedAt) {

    static ReviewView of(ReviewRow r) {
        return new ReviewView(r.itemCode(), r.itemName(), r.previousPoints(), r.points(), r.reason(), r.reviewer(), r.reviewedAt());
    }
}
