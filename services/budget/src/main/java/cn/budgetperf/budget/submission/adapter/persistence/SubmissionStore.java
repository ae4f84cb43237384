package cn.budgetperf.budget.submission.adapter.persistence;

import cn.budgetperf.budget.document.domain.Figures;
import cn.budgetperf.budget.submission.application.AuditEntry;
import cn.budgetperf.budget.submission.application.Submissions;
import cn.budgetperf.budget.submission.domain.Status;
import cn.budgetperf.budget.submission.domain.Submission;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.contracts.values.RegionCode;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class SubmissionStore implements Submissions {

    private final SubmissionRepository repository;
    private final JdbcTemplate jdbc;
    private final DocumentJson json;

    SubmissionStore(SubmissionRepository repository, JdbcTemplate jdbc, DocumentJson json) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<Submission> byId(UUID id) {
        return repository.findById(id).map(this::toDomain);
    }

    @Override
    public Optional<Submission> byDepartmentYear(DepartmentCode department, FiscalYear year) {
        return repository.findByDepartmentCodeAndFiscalYear(department.value(), year.value()).map(this::toDomain);
    }

    @Override
    public List<Submission> ofDepartment(DepartmentCode department) {
        return repository.findByDepartmentCodeOrderByFiscalYearDesc(department.value()).stream().map(this::toDomain).toList();
    }

    @Override
    public List<Submission> ofRegion(RegionCode region) {
        return repository.findByRegion(region.value()).stream().map(this::toDomain).toList();
    }

    @Override
    public List<Submission> all() {
        return repository.findAllOrdered().stream().map(this::toDomain).toList();
    }

    @Override
    public void save(Submission before, Submission after, String action) {
        if (before == null) {
            repository.save(toRow(after));
        } else {
            repository.update(toRow(after));
        }
        jdbc.update("""
                        insert into submission_version (submission_id, version, status, document, explanations, correction_note,
                                                        review_comment, updated_by, updated_at, report)
                        values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, cast(? as jsonb))
                        on conflict (submission_id, version) do update set status = excluded.status, document = excluded.document,
                            explanations = excluded.explanations, correction_note = excluded.correction_note,
                            review_comment = excluded.review_comment, updated_by = excluded.updated_by, updated_at = excluded.updated_at,
                            report = excluded.report""",
                after.id(), after.version(), after.status().name(), json.write(after.document()),
                json.writeExplanations(after.explanations()), after.correctionNote(), after.reviewComment(), after.updatedBy(),
                Timestamp.from(after.updatedAt()), json.writeReport(after.report()));
        String was = json.state(before);
        String is = json.state(after);
        jdbc.update("insert into submission_audit (submission_id, actor, action, occurred_at, before_state, after_state, version, changes) "
                        + "values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))",
                after.id(), after.updatedBy(), action, Timestamp.from(after.updatedAt()), was, is, after.version(),
                json.writeChanges(json.changes(was, is)));
    }

    @Override
    public List<Submission> versions(UUID id) {
        Submission current = byId(id).orElseThrow();
        return jdbc.query("select * from submission_version where submission_id = ? order by version", (rs, i) ->
                new Submission(id, current.region(), rs.getInt("version"), current.revision(), Status.valueOf(rs.getString("status")),
                        json.document(rs.getString("document")), json.explanations(rs.getString("explanations")),
                        rs.getString("review_comment"), rs.getString("correction_note"), json.report(rs.getString("report")),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()), id);
    }

    @Override
    public List<AuditEntry> audit(UUID id) {
        return jdbc.query("select actor, occurred_at, action, version, changes from submission_audit where submission_id = ? order by id",
                (rs, i) -> new AuditEntry(rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
                        (Integer) rs.getObject("version"), json.changes(rs.getString("changes"))), id);
    }

    private SubmissionRow toRow(Submission s) {
        Figures f = s.document().effectiveFigures();
        return new SubmissionRow(s.id(), s.department().value(), s.departmentName(), s.region().value(), s.year().value(),
                s.version(), s.revision(), s.status().name(), wan(f.incomeTotal()), wan(f.expenditureTotal()), wan(f.budgetTotal()),
                s.reviewComment(), s.updatedBy(), s.updatedAt(), json.write(s.document()),
                json.writeExplanations(s.explanations()), s.correctionNote(), json.writeReport(s.report()));
    }

    private Submission toDomain(SubmissionRow r) {
        return new Submission(r.id(), RegionCode.of(r.regionCode()), r.version(), r.revision(), Status.valueOf(r.status()),
                json.document(r.document()), json.explanations(r.explanations()), r.reviewComment(), r.correctionNote(),
                json.report(r.report()), r.updatedBy(), r.updatedAt());
    }

    private static BigDecimal wan(Money m) {
        return m == null ? null : m.wanYuan();
    }
}
