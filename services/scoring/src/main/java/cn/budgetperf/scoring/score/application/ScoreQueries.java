package cn.budgetperf.scoring.score.application;

import cn.budgetperf.kit.web.ApiException;
import cn.budgetperf.scoring.score.adapter.persistence.ComputationHistory;
import cn.budgetperf.scoring.score.adapter.persistence.ReviewRepository;
import cn.budgetperf.scoring.score.adapter.persistence.ReviewRow;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRepository;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRow;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Reads the current scores, their detail, their history and the bureau's reviews. Scoping is the web adapter's. */
@Service
public class ScoreQueries {

    private final ScoredSubmissionRepository scores;
    private final ComputationHistory history;
    private final ReviewRepository reviews;
    private final JsonMapper json;

    public ScoreQueries(ScoredSubmissionRepository scores, ComputationHistory history, ReviewRepository reviews, JsonMapper json) {
        this.scores = scores;
        this.history = history;
        this.reviews = reviews;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public ScoredSubmissionRow row(String department, int year) {
        return scores.findById(department + ":" + year)
                .orElseThrow(() -> ApiException.notFound("部门 " + department + " " + year + " 年度尚无评分。"));
    }

    /** The latest computation's detail, when it was kept with one (computations before goals existed were not). */
    @Transactional(readOnly = true)
    public Optional<EvaluationView> detail(String department, int year) {
        return history.latest(department, year).filter(c -> c.detail() != null)
                .map(c -> json.readValue(c.detail(), EvaluationView.class));
    }

    @Transactional(readOnly = true)
    public List<ScoredSubmissionRow> region(String region, int year) {
        return scores.findByRegionAndYear(region, year);
    }

    @Transactional(readOnly = true)
    public List<ComputationHistory.Computation> history(String department, int year) {
        return history.all(department, year);
    }

    @Transactional(readOnly = true)
    public List<ReviewRow> reviews(String department, int year) {
        return reviews.findAllOf(department, year);
    }
}
