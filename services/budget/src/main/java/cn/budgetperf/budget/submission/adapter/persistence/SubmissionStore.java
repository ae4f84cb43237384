package cn.budgetperf.budget.submission.adapter.persistence;

import cn.budgetperf.budget.submission.application.Submissions;
import cn.budgetperf.budget.submission.domain.Figures;
import cn.budgetperf.budget.submission.domain.Status;
import cn.budgetperf.budget.submission.domain.Submission;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.contracts.values.RegionCode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class SubmissionStore implements Submissions {

    private final SubmissionRepository repository;
    private final JdbcTemplate jdbc;

    SubmissionStore(SubmissionRepository repository, JdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Submission> byId(UUID id) {
        return repository.findById(id).map(SubmissionStore::toDomain);
    }

    @Override
    public Optional<Submission> byDepartmentYear(DepartmentCode department, FiscalYear year) {
        return repository.findByDepartmentCodeAndFiscalYear(department.value(), year.value()).map(SubmissionStore::toDomain);
    }

    @Override
    public List<Submission> ofDepartment(DepartmentCode department) {
        return repository.findByDepartmentCodeOrderByFiscalYearDesc(department.value()).stream().map(SubmissionStore::toDomain).toList();
    }

    @Override
    public List<Submission> ofRegion(RegionCode region) {
        return repository.findByRegion(region.value()).stream()
                .map(SubmissionStore::toDomain).toList();
    }

    @Override
    public List<Submission> all() {
        return repository.findAllOrdered().stream().map(SubmissionStore::toDomain).toList();
    }

    @Override
    public void save(Submission before, Submission after, String action) {
        if (before == null) {
            repository.save(toRow(after));
        } else {
            repository.update(toRow(after));
        }
        jdbc.update("insert into submission_audit (submission_id, actor, action, occurred_at, before_state, after_state) "
                        + "values (?, ?, ?, ?, ?, ?)",
                after.id(), after.updatedBy(), action, java.sql.Timestamp.from(after.updatedAt()),
                before == null ? null : before.toString(), after.toString());
    }

    private static SubmissionRow toRow(Submission s) {
        return new SubmissionRow(s.id(), s.department().value(), s.departmentName(), s.region().value(), s.year().value(),
                s.version(), s.revision(), s.status().name(), s.figures().incomeTotal().wanYuan(),
                s.figures().expenditureTotal().wanYuan(), s.figures().budgetTotal().wanYuan(), s.reviewComment(),
                s.updatedBy(), s.updatedAt());
    }

    private static Submission toDomain(SubmissionRow r) {
        return new Submission(r.id(), DepartmentCode.of(r.departmentCode()), r.departmentName(), RegionCode.of(r.regionCode()),
                FiscalYear.of(r.fiscalYear()), r.version(), r.revision(), Status.valueOf(r.status()),
                new Figures(Money.ofWanYuan(r.incomeTotal()), Money.ofWanYuan(r.expenditureTotal()), Money.ofWanYuan(r.budgetTotal())),
                r.reviewComment(), r.updatedBy(), r.updatedAt());
    }
}
