package cn.budgetperf.indicator.framework.application;

import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.RegionCode;
import cn.budgetperf.indicator.framework.adapter.persistence.FrameworkStore;
import cn.budgetperf.indicator.framework.domain.Framework;
import cn.budgetperf.indicator.framework.domain.Scope;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The frameworks and which region and year use which. A project table without an assignment of its
 * own is scored on the latest Ministry of Finance project table.
 */
@Service
public class Frameworks {

    static final String MOF_PROJECT = "mof-project";

    private final FrameworkStore store;
    private final Clock clock = Clock.systemUTC();

    public Frameworks(FrameworkStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<FrameworkDocument> list() {
        return store.all().stream().map(this::document).toList();
    }

    /** The frameworks a region uses in a year: its assignments, and the national project table by default. */
    @Transactional(readOnly = true)
    public List<FrameworkDocument> usedBy(RegionCode region, FiscalYear year) {
        return Arrays.stream(Scope.values()).map(s -> forRegion(region, year, s)).flatMap(Optional::stream)
                .map(this::document).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Framework> forRegion(RegionCode region, FiscalYear year, Scope scope) {
        Optional<Framework> assigned = store.assignedTo(region.value(), year.value()).stream()
                .filter(a -> a.scope().equals(scope.name())).findFirst().flatMap(a -> store.find(a.frameworkId()));
        if (assigned.isPresent() || scope != Scope.PROJECT) {
            return assigned;
        }
        return store.all().stream().filter(f -> f.code().equals(MOF_PROJECT)).max(Comparator.comparingInt(Framework::version));
    }

    @Transactional(readOnly = true)
    public Optional<Framework> find(String id) {
        return store.find(id);
    }

    /** Adds a framework as the next version of its family; its id is {@code code-vN}. */
    @Transactional
    public FrameworkDocument add(FrameworkDocument doc, String by) {
        if (doc.code() == null) {
            throw new IllegalArgumentException("评价框架缺少编码（code）。");
        }
        int version = store.nextVersion(doc.code());
        Framework framework = doc.toDomain(doc.code() + "-v" + version, version);
        store.insert(framework);
        doc.assignments().forEach(a -> assign(framework, a, by));
        return document(framework);
    }

    @Transactional
    public FrameworkDocument assign(String frameworkId, FrameworkDocument.Assignment a, String by) {
        Framework framework = store.find(frameworkId)
                .orElseThrow(() -> new java.util.NoSuchElementException("评价框架“" + frameworkId + "”不存在。"));
        assign(framework, a, by);
        return document(framework);
    }

    /** Stores a shipped framework unless a framework with its id is there already; true when stored. */
    @Transactional
    public boolean ship(FrameworkDocument doc) {
        if (store.exists(doc.id())) {
            return false;
        }
        Framework framework = doc.toDomain(doc.id(), doc.version());
        store.insert(framework);
        doc.assignments().forEach(a -> assign(framework, a, "system"));
        return true;
    }

    private void assign(Framework f, FrameworkDocument.Assignment a, String by) {
        store.assign(new FrameworkStore.Assignment(RegionCode.of(a.regionCode()).value(), FiscalYear.of(a.fiscalYear()).value(),
                f.scope().name(), f.id()), by, clock.instant());
    }

    private FrameworkDocument document(Framework f) {
        return FrameworkDocument.of(f, store.assignmentsOf(f.id()).stream()
                .map(a -> new FrameworkDocument.Assignment(a.regionCode(), a.fiscalYear())).toList());
    }
}
