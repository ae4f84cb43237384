package cn.budgetperf.scoring.score.application;

import cn.budgetperf.contracts.budget.v1.SubmissionChanged;
import cn.budgetperf.contracts.budget.v1.SubmissionStatus;
import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
import cn.budgetperf.contracts.scoring.v1.ScoreItem;
import cn.budgetperf.kit.inbox.ProcessedEvents;
import cn.budgetperf.kit.outbox.Outbox;
import cn.budgetperf.scoring.score.adapter.persistence.ComputationHistory;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRepository;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRow;
import cn.budgetperf.scoring.score.domain.ExecutionRate;
import cn.budgetperf.scoring.score.domain.Scorecard;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes a department-year's score when its submission is submitted, accepted or corrected. */
@Service
public class ScoreSubmission {

    static final String CONSUMER = "scoring.submissions";
    static final String RULE_VERSION = "execution-rate/2020-10";

    private final ScoredSubmissionRepository scores;
    private final ComputationHistory history;
    private final ProcessedEvents processed;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public ScoreSubmission(ScoredSubmissionRepository scores, ComputationHistory history, ProcessedEvents processed, Outbox outbox) {
        this.scores = scores;
        this.history = history;
        this.processed = processed;
        this.outbox = outbox;
    }

    @Transactional
    public void on(EventEnvelope<SubmissionChanged> event) {
        if (!processed.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        String id = event.key();
        Optional<ScoredSubmissionRow> current = scores.findById(id);
        if (current.isPresent() && current.get().submissionRevision() >= event.aggregateVersion()) {
            return;
        }
        SubmissionChanged s = event.payload();
        if (s.status() == SubmissionStatus.RETURNED) {
            current.ifPresent(row -> scores.update(withStatus(row, event)));
            return;
        }
        Scorecard card = Scorecard.ofExecution(ExecutionRate.of(s.figures().expenditureTotal(), s.figures().budgetTotal()));
        Instant now = clock.instant();
        int sequence = history.count(event.departmentCode().value(), event.fiscalYear().value()) + 1;
        ScoredSubmissionRow row = new ScoredSubmissionRow(id, event.departmentCode().value(), event.fiscalYear().value(),
                s.departmentName(), s.regionCode().value(), s.version(), event.aggregateVersion(), s.status().name(),
                s.figures().incomeTotal().wanYuan(), s.figures().expenditureTotal().wanYuan(), s.figures().budgetTotal().wanYuan(),
                sequence, card.executionRatePercent(), card.total(), card.maxTotal(), card.converted(), card.grade().label(), now);
        if (current.isPresent()) {
            scores.update(row);
        } else {
            scores.save(row);
        }
        ScoreComputed result = new ScoreComputed(s.version(), card.executionRatePercent(), card.total(), card.maxTotal(),
                card.converted(), card.grade().label(),
                card.items().stream().map(i -> new ScoreItem(i.code(), i.name(), i.maxPoints(), i.points(), i.formula())).toList());
        history.record(row.departmentCode(), row.fiscalYear(), sequence, RULE_VERSION, s.figures().toString(), result.toString(), now);
        outbox.append(ScoreComputed.TOPIC,
                EventEnvelope.of(ScoreComputed.TYPE, event.departmentCode(), event.fiscalYear(), sequence, result));
    }

    private static ScoredSubmissionRow withStatus(ScoredSubmissionRow r, EventEnvelope<SubmissionChanged> event) {
        return new ScoredSubmissionRow(r.id(), r.departmentCode(), r.fiscalYear(), r.departmentName(), r.regionCode(),
                r.submissionVersion(), event.aggregateVersion(), event.payload().status().name(), r.incomeTotal(),
                r.expenditureTotal(), r.budgetTotal(), r.computationCount(), r.executionRate(), r.total(), r.maxTotal(),
                r.converted(), r.grade(), r.computedAt());
    }
}
