package cn.budgetperf.scoring.score.adapter.web;

import cn.budgetperf.scoring.score.application.ReviewScores;
import java.util.List;

/** The body of {@code POST /api/scores/{departmentCode}/{year}/review}: the items the bureau re-scores. */
record ReviewRequest(List<ReviewScores.Request> items) {
}
