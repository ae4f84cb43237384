package cn.budgetperf.scoring.score.application;

import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.kit.outbox.Outbox;
import cn.budgetperf.scoring.score.adapter.persistence.ComputationHistory;
import cn.budgetperf.scoring.score.adapter.persistence.GoalProjectionRepository;
import cn.budgetperf.scoring.score.adapter.persistence.ReviewRepository;
import cn.budgetperf.scoring.score.adapter.persistence.ReviewRow;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRepository;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRow;
import cn.budgetperf.scoring.score.domain.Evaluation;
import cn.budgetperf.scoring.score.domain.Review;
import cn.budgetperf.scoring.score.domain.ScoreEngine;
import cn.budgetperf.scoring.score.domain.ScoringInput;
import cn.budgetperf.scoring.score.domain.ScoringSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes a department-year's score from everything the projection holds — the submission's figures,
 * the latest goals, the bureau's re-scores, the jurisdiction's settings — keeps the computation with its
 * inputs and rule version, updates the current score and emits {@code scoring.results.v1}, all in the
 * caller's transaction.
 */
@Component
public class ScoreComputation {

    /** What a computation was computed from, as the history keeps it. */
    record Inputs(String incomeTotal, String expenditureTotal, String budgetTotal, GoalsAccepted goals, List<Review> reviews,
                  String settings) {
    }

    private final ScoredSubmissionRepository scores;
    private final GoalProjectionRepository goals;
    private final ReviewRepository reviews;
    private final ComputationHistory history;
    private final JurisdictionSettings settings;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    public ScoreComputation(ScoredSubmissionRepository scores, GoalProjectionRepository goals, ReviewRepository reviews,
                            ComputationHistory history, JurisdictionSettings settings, Outbox outbox, JsonMapper json) {
        this.scores = scores;
        this.goals = goals;
        this.reviews = reviews;
        this.history = history;
        this.settings = settings;
        this.outbox = outbox;
        this.json = json;
    }

    /** The evaluation the projection gives now, without keeping or emitting anything. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Evaluation current(ScoredSubmissionRow row) {
        return ScoreEngine.evaluate(input(row), settings.forRegion(row.regionCode()), effectiveReviews(row));
    }

    /** Recomputes, keeps, updates and emits. {@code trigger} says why: submission, goals or review. */
    @Transactional(propagation = Propagation.MANDATORY)
    public EvaluationView recompute(ScoredSubmissionRow row, String trigger) {
        ScoringSettings rules = settings.forRegion(row.regionCode());
        List<Review> applied = effectiveReviews(row);
        GoalsAccepted goalsDoc = goalsOf(row);
        Evaluation evaluation = ScoreEngine.evaluate(input(row), rules, applied);
        EvaluationView view = EvaluationView.of(evaluation);
        Integer goalsVersion = goalsDoc == null ? null : goalsDoc.version();
        int sequence = history.count(row.departmentCode(), row.fiscalYear()) + 1;
        Instant now = clock.instant();
        scores.update(new ScoredSubmissionRow(row.id(), row.departmentCode(), row.fiscalYear(), row.departmentName(), row.regionCode(),
                row.submissionVersion(), row.submissionRevision(), row.submissionStatus(), row.incomeTotal(), row.expenditureTotal(),
                row.budgetTotal(), sequence, view.executionRate(), view.score().total(), view.score().maxTotal(), view.score().converted(),
                view.score().grade(), now, goalsVersion, view.selfScore().total(), view.selfScore().converted(), view.selfScore().grade(),
                view.reviewed(), view.findings().size()));
        ScoreComputed result = view.toEvent(row.submissionVersion(), goalsVersion);
        Inputs inputs = new Inputs(row.incomeTotal().toPlainString(), row.expenditureTotal().toPlainString(),
                row.budgetTotal().toPlainString(), goalsDoc, applied, rules.ruleVersion());
        history.record(row.departmentCode(), row.fiscalYear(), new ComputationHistory.Computation(sequence, trigger, rules.ruleVersion(),
                json.writeValueAsString(inputs), json.writeValueAsString(result), json.writeValueAsString(view), now));
        outbox.append(ScoreComputed.TOPIC, EventEnvelope.of(ScoreComputed.TYPE, DepartmentCode.of(row.departmentCode()),
                FiscalYear.of(row.fiscalYear()), sequence, result));
        return view;
    }

    private ScoringInput input(ScoredSubmissionRow row) {
        return GoalsMapping.input(Money.ofWanYuan(row.expenditureTotal()), Money.ofWanYuan(row.budgetTotal()), goalsOf(row));
    }

    private GoalsAccepted goalsOf(ScoredSubmissionRow row) {
        return goals.findById(row.id()).filter(g -> !g.withdrawn()).map(g -> json.readValue(g.document(), GoalsAccepted.class))
                .orElse(null);
    }

    /** The bureau's latest re-score of each item; a withdrawn one no longer applies. */
    private List<Review> effectiveReviews(ScoredSubmissionRow row) {
        Map<String, ReviewRow> latest = new LinkedHashMap<>();
        for (ReviewRow r : reviews.findAllOf(row.departmentCode(), row.fiscalYear())) {
            latest.put(r.itemCode(), r);
        }
        return latest.values().stream().filter(r -> r.points() != null)
                .map(r -> new Review(r.itemCode(), r.points(), r.reason())).toList();
    }
}
