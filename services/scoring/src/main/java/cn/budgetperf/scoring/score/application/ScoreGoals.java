package cn.budgetperf.scoring.score.application;

import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.indicator.v1.GoalsWithdrawn;
import cn.budgetperf.kit.inbox.ProcessedEvents;
import cn.budgetperf.scoring.score.adapter.persistence.GoalProjectionRepository;
import cn.budgetperf.scoring.score.adapter.persistence.GoalProjectionRow;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a goals event into the projection and recomputes the department-year's score when its
 * submission is known (goals that arrive first wait for it). Goals the formulas cannot score are
 * refused before they are kept, so they can never block a later submission: the event fails and,
 * after the retries, lands on the DLT. Redelivered events and older versions change nothing.
 */
@Service
public class ScoreGoals {

    static final String CONSUMER = "scoring.goals";

    private final GoalProjectionRepository goals;
    private final ScoredSubmissionRepository scores;
    private final ScoreComputation computation;
    private final ProcessedEvents processed;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    public ScoreGoals(GoalProjectionRepository goals, ScoredSubmissionRepository scores, ScoreComputation computation,
                      ProcessedEvents processed, JsonMapper json) {
        this.goals = goals;
        this.scores = scores;
        this.computation = computation;
        this.processed = processed;
        this.json = json;
    }

    @Transactional
    public void on(EventEnvelope<GoalsAccepted> event) {
        GoalsMapping.input(null, null, event.payload());
        apply(event, event.payload().version(), json.writeValueAsString(event.payload()), false);
    }

    /** The department withdrew its goals: the score goes back to what the submission alone gives. */
    @Transactional
    public void onWithdrawn(EventEnvelope<GoalsWithdrawn> event) {
        apply(event, event.payload().version(), null, true);
    }

    private void apply(EventEnvelope<?> event, int version, String document, boolean withdrawn) {
        if (!processed.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        String id = event.key();
        Optional<GoalProjectionRow> current = goals.findById(id);
        if (current.isPresent() && current.get().goalsRevision() >= event.aggregateVersion()) {
            return;
        }
        if (withdrawn && current.isEmpty()) {
            return;
        }
        GoalProjectionRow row = new GoalProjectionRow(id, event.departmentCode().value(), event.fiscalYear().value(),
                event.aggregateVersion(), version, withdrawn ? current.get().document() : document, clock.instant(), withdrawn);
        if (current.isPresent()) {
            goals.update(row);
        } else {
            goals.save(row);
        }
        scores.findByIdForUpdate(id).ifPresent(score -> computation.recompute(score, withdrawn ? "goals-withdrawn" : "goals"));
    }
}
