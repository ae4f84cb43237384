package cn.budgetperf.budget.submission.application;

import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.publication.v1.ReportPublished;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
import cn.budgetperf.kit.inbox.ProcessedEvents;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each department-year's score and publication state from the other services' events, so that a
 * submission shows them; a repeated or older event changes nothing.
 */
@Service
public class OutcomeUpdater {

    private final Outcomes outcomes;
    private final ProcessedEvents processed;

    public OutcomeUpdater(Outcomes outcomes, ProcessedEvents processed) {
        this.outcomes = outcomes;
        this.processed = processed;
    }

    @Transactional
    public void onScore(EventEnvelope<ScoreComputed> event) {
        if (!processed.firstDelivery("budget.scores", event.eventId())) {
            return;
        }
        Optional<Outcome> existing = outcomes.find(event.key());
        Outcome o = existing.orElseGet(() -> Outcome.none(event.key()));
        if (o.scoreSequence() >= event.aggregateVersion()) {
            return;
        }
        ScoreComputed s = event.payload();
        outcomes.save(new Outcome(o.id(), event.aggregateVersion(), s.basedOnSubmissionVersion(), s.executionRate(), s.total(),
                s.maxTotal(), s.converted(), s.grade(), event.occurredAt(), o.publicationSequence(), o.publicationAction(),
                o.publicVersion(), o.publicPath(), o.publicationNote(), o.publishedAt()), existing.isPresent());
    }

    @Transactional
    public void onPublication(EventEnvelope<ReportPublished> event) {
        if (!processed.firstDelivery("budget.publications", event.eventId())) {
            return;
        }
        Optional<Outcome> existing = outcomes.find(event.key());
        Outcome o = existing.orElseGet(() -> Outcome.none(event.key()));
        if (o.publicationSequence() >= event.aggregateVersion()) {
            return;
        }
        ReportPublished p = event.payload();
        outcomes.save(new Outcome(o.id(), o.scoreSequence(), o.scoreOfVersion(), o.executionRate(), o.scoreTotal(), o.scoreMax(),
                o.scoreConverted(), o.grade(), o.scoredAt(), event.aggregateVersion(), p.action().name(), p.version(), p.path(),
                p.note(), event.occurredAt()), existing.isPresent());
    }
}
