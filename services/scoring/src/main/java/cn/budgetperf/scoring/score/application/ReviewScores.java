package cn.budgetperf.scoring.score.application;

import cn.budgetperf.scoring.score.adapter.persistence.ReviewRepository;
import cn.budgetperf.scoring.score.adapter.persistence.ReviewRow;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRepository;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRow;
import cn.budgetperf.scoring.score.domain.Evaluation;
import cn.budgetperf.scoring.score.domain.InvalidInput;
import cn.budgetperf.scoring.score.domain.Review;
import cn.budgetperf.scoring.score.domain.ScoredItem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's re-scoring (复核): any item, of the department or of a project, gets the bureau's points
 * and reason; every change is kept as an audit row (who, when, before, after, why); the score is
 * recomputed and emitted again. The department's own points stay beside the bureau's.
 */
@Service
public class ReviewScores {

    /** One re-score as asked: {@code points} null withdraws the bureau's earlier re-score of the item. */
    public record Request(String code, BigDecimal points, String reason) {
    }

    private final ScoredSubmissionRepository scores;
    private final ReviewRepository reviews;
    private final ScoreComputation computation;
    private final Clock clock = Clock.systemUTC();

    public ReviewScores(ScoredSubmissionRepository scores, ReviewRepository reviews, ScoreComputation computation) {
        this.scores = scores;
        this.reviews = reviews;
        this.computation = computation;
    }

    @Transactional
    public EvaluationView review(ScoredSubmissionRow current, List<Request> requests, String reviewer) {
        if (requests == null || requests.isEmpty()) {
            throw new InvalidInput("请至少复核一个评分项。");
        }
        ScoredSubmissionRow row = scores.findByIdForUpdate(current.id()).orElseThrow();
        Evaluation now = computation.current(row);
        Instant at = clock.instant();
        for (Request r : requests) {
            ScoredItem item = find(now, r.code()).orElseThrow(() -> new InvalidInput("评分项“" + r.code() + "”不在当前评分中。"));
            if (!item.applicable()) {
                throw new InvalidInput("评分项“" + item.name() + "”不适用，不能复核。");
            }
            BigDecimal points = r.points() == null ? null : checked(r, item).points().setScale(2);
            if (points == null && (r.reason() == null || r.reason().isBlank())) {
                throw new InvalidInput("撤销对评分项“" + item.name() + "”的复核时必须填写理由。");
            }
            reviews.save(new ReviewRow(null, row.departmentCode(), row.fiscalYear(), item.code(), item.name(), points, item.points(),
                    r.reason().strip(), reviewer, at));
        }
        return computation.recompute(row, "review");
    }

    /** A re-score within the item's maximum, with a reason (the domain's {@link Review} checks the rest). */
    private static Review checked(Request r, ScoredItem item) {
        Review review = new Review(r.code(), r.points(), r.reason());
        if (review.points().compareTo(item.maxPoints()) > 0) {
            throw new InvalidInput("评分项“" + item.name() + "”的复核得分" + review.points().toPlainString() + "超过满分"
                    + item.maxPoints().stripTrailingZeros().toPlainString() + "分。");
        }
        return review;
    }

    private static Optional<ScoredItem> find(Evaluation e, String code) {
        return Stream.concat(e.items().stream(), e.projects().stream().flatMap(p -> p.items().stream()))
                .filter(i -> i.code().equals(code)).findFirst();
    }
}
