package cn.budgetperf.publication.report.application;

import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.publication.v1.PublicationAction;
import cn.budgetperf.contracts.publication.v1.ReportPublished;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.kit.outbox.Outbox;
import cn.budgetperf.kit.security.CurrentUser;
import cn.budgetperf.kit.security.Role;
import cn.budgetperf.kit.web.ApiException;
import cn.budgetperf.publication.report.adapter.persistence.PublishedVersions;
import cn.budgetperf.publication.report.adapter.persistence.ReportRepository;
import cn.budgetperf.publication.report.adapter.persistence.ReportRow;
import cn.budgetperf.publication.report.domain.PublicationHistory;
import cn.budgetperf.publication.report.domain.PublishedVersion;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau publishes, corrects and withdraws a department-year's report. Each step adds an
 * immutable version and emits {@code publication.events.v1} in the same transaction.
 */
@Service
public class PublicationWorkflow {

    private final ReportRepository reports;
    private final PublishedVersions versions;
    private final CurrentFacts facts;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    PublicationWorkflow(ReportRepository reports, PublishedVersions versions, CurrentFacts facts, Outbox outbox, JdbcTemplate jdbc) {
        this.reports = reports;
        this.versions = versions;
        this.facts = facts;
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    @Transactional
    public PublishedVersion publish(CurrentUser user, DepartmentCode department, FiscalYear year) {
        return step(user, department, year, (ctx) -> ctx.history().publish(facts.of(ctx.row()), user.username(), clock.instant()));
    }

    @Transactional
    public PublishedVersion correct(CurrentUser user, DepartmentCode department, FiscalYear year, String note) {
        return step(user, department, year, (ctx) -> ctx.history().correct(facts.of(ctx.row()), note, user.username(), clock.instant()));
    }

    @Transactional
    public PublishedVersion withdraw(CurrentUser user, DepartmentCode department, FiscalYear year, String reason) {
        return step(user, department, year, (ctx) -> ctx.history().withdraw(reason, user.username(), clock.instant()));
    }

    private record Context(ReportRow row, PublicationHistory history) {
    }

    private PublishedVersion step(CurrentUser user, DepartmentCode department, FiscalYear year, Function<Context, PublishedVersion> action) {
        String key = department.value() + ":" + year.value();
        // One step at a time per department-year: concurrent clicks get consecutive versions, not a clash.
        boolean known = !jdbc.queryForList("select id from report_view where id = ? for update", String.class, key).isEmpty();
        ReportRow row = known ? reports.findById(key).orElseThrow() : null;
        // A score or goals event may create the row before the submission event arrives (three topics, three
        // consumers): such a row has no region, no name and no status yet, so it is "no submission yet" too.
        if (row == null || row.submissionRevision() == 0 || row.regionCode() == null) {
            throw ApiException.notFound("部门 " + department + " " + year + " 年度尚无填报，无法公开。");
        }
        if (!user.has(Role.FINANCE_BUREAU) || !user.oversees(row.regionCode())) {
            throw ApiException.forbidden("只有本地区财政部门可以公开、更正或撤回该报告。");
        }
        PublishedVersion version = action.apply(new Context(row, versions.history(department.value(), year.value())));
        versions.append(row.regionCode(), department.value(), year.value(), version);
        PublicationAction published = PublicationAction.valueOf(version.action().name());
        outbox.append(ReportPublished.TOPIC, EventEnvelope.of(published.eventType(), department, year, version.number(),
                new ReportPublished(published, version.number(), "/public/reports/" + department + "/" + year,
                        version.note().orElse(null))));
        return version;
    }
}
