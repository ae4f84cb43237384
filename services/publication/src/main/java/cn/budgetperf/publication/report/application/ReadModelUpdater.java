package cn.budgetperf.publication.report.application;

import cn.budgetperf.contracts.budget.v1.SubmissionChanged;
import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
import cn.budgetperf.kit.inbox.ProcessedEvents;
import cn.budgetperf.publication.report.adapter.persistence.ReportRepository;
import cn.budgetperf.publication.report.adapter.persistence.ReportRow;
import cn.budgetperf.publication.report.adapter.persistence.StoredDetails;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies submission, goals and score events to the read model; a repeated or older event changes nothing. */
@Service
public class ReadModelUpdater {

    private final ReportRepository reports;
    private final ProcessedEvents processed;
    private final StoredDetails stored;
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    public ReadModelUpdater(ReportRepository reports, ProcessedEvents processed, StoredDetails stored, JdbcTemplate jdbc) {
        this.reports = reports;
        this.processed = processed;
        this.stored = stored;
        this.jdbc = jdbc;
    }

    @Transactional
    public void onSubmission(EventEnvelope<SubmissionChanged> event) {
        if (!processed.firstDelivery("publication.submissions", event.eventId())) {
            return;
        }
        ReportRow r = locked(event);
        if (r.submissionRevision() >= event.aggregateVersion()) {
            return;
        }
        SubmissionChanged s = event.payload();
        ReportRow updated = new ReportRow(r.id(), r.departmentCode(), r.fiscalYear(), s.departmentName(), s.regionCode().value(),
                event.aggregateVersion(), s.status().name(), s.figures().incomeTotal().wanYuan(),
                s.figures().expenditureTotal().wanYuan(), s.figures().budgetTotal().wanYuan(), stored.write(EventFacts.details(s.figures())),
                r.scoreVersion(), r.executionRate(), r.scoreTotal(), r.scoreMax(), r.scoreConverted(), r.grade(), r.scoreDetails(),
                r.goalsVersion(), r.goals(), clock.instant());
        reports.update(updated);
    }

    @Transactional
    public void onScore(EventEnvelope<ScoreComputed> event) {
        if (!processed.firstDelivery("publication.scores", event.eventId())) {
            return;
        }
        ReportRow r = locked(event);
        if (r.scoreVersion() >= event.aggregateVersion()) {
            return;
        }
        ScoreComputed s = event.payload();
        ReportRow updated = new ReportRow(r.id(), r.departmentCode(), r.fiscalYear(), r.departmentName(), r.regionCode(),
                r.submissionRevision(), r.submissionStatus(), r.incomeTotal(), r.expenditureTotal(), r.budgetTotal(), r.details(),
                event.aggregateVersion(), s.executionRate(), s.total(), s.maxTotal(), s.converted(), s.grade(),
                stored.write(EventFacts.score(s)), r.goalsVersion(), r.goals(), clock.instant());
        reports.update(updated);
    }

    @Transactional
    public void onGoals(EventEnvelope<GoalsAccepted> event) {
        if (!processed.firstDelivery("publication.goals", event.eventId())) {
            return;
        }
        ReportRow r = locked(event);
        if (r.goalsVersion() >= event.aggregateVersion()) {
            return;
        }
        ReportRow updated = new ReportRow(r.id(), r.departmentCode(), r.fiscalYear(),
                r.departmentName() != null ? r.departmentName() : event.payload().departmentName(),
                r.regionCode() != null ? r.regionCode() : event.payload().regionCode().value(), r.submissionRevision(),
                r.submissionStatus(), r.incomeTotal(), r.expenditureTotal(), r.budgetTotal(), r.details(), r.scoreVersion(),
                r.executionRate(), r.scoreTotal(), r.scoreMax(), r.scoreConverted(), r.grade(), r.scoreDetails(),
                event.aggregateVersion(), stored.write(EventFacts.goals(event.payload())), clock.instant());
        reports.update(updated);
    }

    /**
     * The department-year's row, created empty if missing, locked until the transaction ends: the three
     * listeners run concurrently, and each rewrites the whole row, so without the lock one event's
     * change could overwrite another's.
     */
    private ReportRow locked(EventEnvelope<?> event) {
        jdbc.update("insert into report_view (id, department_code, fiscal_year, updated_at) values (?, ?, ?, ?) on conflict (id) do nothing",
                event.key(), event.departmentCode().value(), event.fiscalYear().value(), Timestamp.from(clock.instant()));
        jdbc.queryForList("select id from report_view where id = ? for update", String.class, event.key());
        return reports.findById(event.key()).orElseThrow();
    }
}
