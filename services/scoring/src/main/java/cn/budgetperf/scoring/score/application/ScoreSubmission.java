package cn.budgetperf.scoring.score.application;

import cn.budgetperf.contracts.budget.v1.SubmissionChanged;
import cn.budgetperf.contracts.budget.v1.SubmissionStatus;
import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.kit.inbox.ProcessedEvents;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRepository;
import cn.budgetperf.scoring.score.adapter.persistence.ScoredSubmissionRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a submission event into the projection: a submitted, accepted or corrected submission brings
 * new figures and a recomputation; a returned one only changes the state. Redelivered events and older
 * revisions change nothing.
 */
@Service
public class ScoreSubmission {

    static final String CONSUMER = "scoring.submissions";

    private final ScoredSubmissionRepository scores;
    private final ScoreComputation computation;
    private final ProcessedEvents processed;

    public ScoreSubmission(ScoredSubmissionRepository scores, ScoreComputation computation, ProcessedEvents processed) {
        this.scores = scores;
        this.computation = computation;
        this.processed = processed;
    }

    @Transactional
    public void on(EventEnvelope<SubmissionChanged> event) {
        if (!processed.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        String id = event.key();
        Optional<ScoredSubmissionRow> current = scores.findByIdForUpdate(id);
        if (current.isPresent() && current.get().submissionRevision() >= event.aggregateVersion()) {
            return;
        }
        SubmissionChanged s = event.payload();
        if (s.status() == SubmissionStatus.RETURNED) {
            current.ifPresent(row -> scores.update(withSubmission(row, event, row.incomeTotal(), row.expenditureTotal(), row.budgetTotal())));
            return;
        }
        ScoredSubmissionRow row = current.map(r -> withSubmission(r, event, s.figures().incomeTotal().wanYuan(),
                        s.figures().expenditureTotal().wanYuan(), s.figures().budgetTotal().wanYuan()))
                .orElseGet(() -> fresh(event));
        if (current.isPresent()) {
            scores.update(row);
        } else {
            scores.save(row);
        }
        computation.recompute(row, "submission");
    }

    private static ScoredSubmissionRow withSubmission(ScoredSubmissionRow r, EventEnvelope<SubmissionChanged> event, BigDecimal income,
                                                      BigDecimal expenditure, BigDecimal budget) {
        SubmissionChanged s = event.payload();
        int version = s.status() == SubmissionStatus.RETURNED ? r.submissionVersion() : s.version();
        return new ScoredSubmissionRow(r.id(), r.departmentCode(), r.fiscalYear(), s.departmentName(), s.regionCode().value(), version,
                event.aggregateVersion(), s.status().name(), income, expenditure, budget, r.computationCount(), r.executionRate(), r.total(),
                r.maxTotal(), r.converted(), r.grade(), r.computedAt(), r.goalsVersion(), r.selfTotal(), r.selfConverted(), r.selfGrade(),
                r.reviewed(), r.findingCount());
    }

    /** A first submission: the scores are placeholders until the computation that follows in the same transaction. */
    private static ScoredSubmissionRow fresh(EventEnvelope<SubmissionChanged> event) {
        SubmissionChanged s = event.payload();
        BigDecimal zero = BigDecimal.ZERO;
        return new ScoredSubmissionRow(event.key(), event.departmentCode().value(), event.fiscalYear().value(), s.departmentName(),
                s.regionCode().value(), s.version(), event.aggregateVersion(), s.status().name(), s.figures().incomeTotal().wanYuan(),
                s.figures().expenditureTotal().wanYuan(), s.figures().budgetTotal().wanYuan(), 0, zero, zero, zero, zero, "差",
                Instant.EPOCH, null, null, null, null, false, 0);
    }
}
