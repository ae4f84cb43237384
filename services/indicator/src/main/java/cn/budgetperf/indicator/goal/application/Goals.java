package cn.budgetperf.indicator.goal.application;

import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.indicator.v1.GoalsWithdrawn;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.RegionCode;
import cn.budgetperf.indicator.framework.application.Frameworks;
import cn.budgetperf.indicator.framework.domain.Framework;
import cn.budgetperf.indicator.framework.domain.Scope;
import cn.budgetperf.indicator.goal.adapter.persistence.GoalRevisionRepository;
import cn.budgetperf.indicator.goal.adapter.persistence.GoalRevisionRow;
import cn.budgetperf.indicator.goal.adapter.persistence.GoalSetRepository;
import cn.budgetperf.indicator.goal.adapter.persistence.GoalSetRow;
import cn.budgetperf.indicator.goal.domain.GoalChecks;
import cn.budgetperf.indicator.goal.domain.GoalDraft;
import cn.budgetperf.kit.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Saves, reads and withdraws a department-year's goals. Authorisation is the web adapter's; this is the use case. */
@Service
public class Goals {

    private final GoalSetRepository sets;
    private final GoalRevisionRepository revisions;
    private final Frameworks frameworks;
    private final GoalSettings settings;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    public Goals(GoalSetRepository sets, GoalRevisionRepository revisions, Frameworks frameworks, GoalSettings settings, Outbox outbox,
                 JsonMapper json) {
        this.sets = sets;
        this.revisions = revisions;
        this.frameworks = frameworks;
        this.settings = settings;
        this.outbox = outbox;
        this.json = json;
    }

    /** Checks the draft; when it passes, stores it as the next version and announces it, all in one transaction. */
    @Transactional
    public GoalsView save(DepartmentCode department, FiscalYear year, RegionCode region, GoalDraft draft, String by) {
        String id = department.value() + ":" + year.value();
        Optional<GoalSetRow> current = sets.findById(id);
        int version = current.map(GoalSetRow::version).orElse(0) + 1;
        Optional<Framework> named = draft.selfEvaluation() == null || draft.selfEvaluation().frameworkId() == null ? Optional.empty()
                : frameworks.find(draft.selfEvaluation().frameworkId());
        Optional<Framework> assigned = frameworks.forRegion(region, year, Scope.DEPARTMENT);
        GoalsAccepted goals = GoalChecks.accept(draft, region, version, named, assigned, settings.thresholdFor(region.value()));
        String document = json.writeValueAsString(goals);
        Instant now = clock.instant();
        GoalSetRow row = new GoalSetRow(id, department.value(), year.value(), region.value(), goals.departmentName(), version, document, by, now,
                false);
        if (current.isPresent()) {
            sets.update(row);
        } else {
            sets.save(row);
        }
        revisions.save(new GoalRevisionRow(null, department.value(), year.value(), version, document, by, now, false));
        outbox.append(GoalsAccepted.TOPIC, EventEnvelope.of(GoalsAccepted.TYPE, department, year, version, goals));
        return new GoalsView(department.value(), year.value(), version, by, now, goals);
    }

    /**
     * Withdraws the department-year's goals: marked withdrawn (the row stays so that versions keep
     * growing), kept as a revision, announced on {@code indicator.goals.v1}. Returns false when there were
     * none to withdraw.
     */
    @Transactional
    public boolean withdraw(DepartmentCode department, FiscalYear year, String by) {
        Optional<GoalSetRow> current = sets.findById(department.value() + ":" + year.value()).filter(r -> !r.withdrawn());
        if (current.isEmpty()) {
            return false;
        }
        GoalSetRow r = current.get();
        int version = r.version() + 1;
        Instant now = clock.instant();
        sets.update(new GoalSetRow(r.id(), r.departmentCode(), r.fiscalYear(), r.regionCode(), r.departmentName(), version, r.document(), by,
                now, true));
        revisions.save(new GoalRevisionRow(null, r.departmentCode(), r.fiscalYear(), version, r.document(), by, now, true));
        outbox.append(GoalsAccepted.TOPIC, EventEnvelope.of(GoalsWithdrawn.TYPE, department, year, version,
                new GoalsWithdrawn(version, r.departmentName(), RegionCode.of(r.regionCode()))));
        return true;
    }

    /** The current goals; withdrawn goals are not found. */
    @Transactional(readOnly = true)
    public Optional<GoalsView> find(DepartmentCode department, FiscalYear year) {
        return sets.findById(department.value() + ":" + year.value()).filter(r -> !r.withdrawn())
                .map(r -> new GoalsView(r.departmentCode(), r.fiscalYear(), r.version(), r.savedBy(), r.savedAt(),
                        json.readValue(r.document(), GoalsAccepted.class)));
    }
}
