package cn.budgetperf.budget.submission.application;

import cn.budgetperf.budget.submission.domain.Submission;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.RegionCode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where submissions, their versions and their audit trail are kept. */
public interface Submissions {

    Optional<Submission> byId(UUID id);

    Optional<Submission> byDepartmentYear(DepartmentCode department, FiscalYear year);

    List<Submission> ofDepartment(DepartmentCode department);

    List<Submission> ofRegion(RegionCode region);

    List<Submission> all();

    /**
     * Stores {@code after} (new when {@code before} is null) as the current state and as its version's
     * latest state, and audits the change with what changed.
     */
    void save(Submission before, Submission after, String action);

    /** Every version as it last stood, oldest first. */
    List<Submission> versions(UUID id);

    /** The audit trail, oldest first. */
    List<AuditEntry> audit(UUID id);
}
