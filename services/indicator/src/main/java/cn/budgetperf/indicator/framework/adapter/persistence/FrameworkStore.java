package cn.budgetperf.indicator.framework.adapter.persistence;

import cn.budgetperf.indicator.framework.domain.Framework;
import cn.budgetperf.indicator.framework.domain.FrameworkItem;
import cn.budgetperf.indicator.framework.domain.ItemKind;
import cn.budgetperf.indicator.framework.domain.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Frameworks in and out of their rows: the item tree is stored flat, in pre-order, with parent links. */
@Component
public class FrameworkStore {

    /** A region and year that use a framework. */
    public record Assignment(String regionCode, int fiscalYear, String scope, String frameworkId) {
    }

    private final FrameworkRepository frameworks;
    private final FrameworkItemRepository items;
    private final AssignmentRepository assignments;

    FrameworkStore(FrameworkRepository frameworks, FrameworkItemRepository items, AssignmentRepository assignments) {
        this.frameworks = frameworks;
        this.items = items;
        this.assignments = assignments;
    }

    public boolean exists(String id) {
        return frameworks.existsById(id);
    }

    public int nextVersion(String code) {
        return frameworks.maxVersion(code) + 1;
    }

    public void insert(Framework f) {
        frameworks.save(new FrameworkRow(f.id(), f.code(), f.version(), f.name(), f.source(), f.scope().name()));
        List<FrameworkItemRow> rows = new ArrayList<>();
        flatten(f.id(), f.id(), null, f.items(), 1, rows);
        items.saveAll(rows);
    }

    private static void flatten(String frameworkId, String path, String parentId, List<FrameworkItem> level, int depth,
                                List<FrameworkItemRow> out) {
        for (FrameworkItem i : level) {
            String id = path + "/" + i.key();
            out.add(new FrameworkItemRow(id, frameworkId, parentId, i.key(), out.size() + 1, depth, i.name(), i.maxPoints(),
                    i.criteria(), i.evidence(), i.kind().name()));
            flatten(frameworkId, id, id, i.children(), depth + 1, out);
        }
    }

    public List<Framework> all() {
        return frameworks.listAll().stream().map(this::load).toList();
    }

    public Optional<Framework> find(String id) {
        return frameworks.findById(id).map(this::load);
    }

    private Framework load(FrameworkRow f) {
        Map<String, List<FrameworkItemRow>> byParent = new LinkedHashMap<>();
        for (FrameworkItemRow r : items.findByFrameworkIdOrderByPosition(f.id())) {
            byParent.computeIfAbsent(r.parentId() == null ? "" : r.parentId(), k -> new ArrayList<>()).add(r);
        }
        return new Framework(f.id(), f.code(), f.version(), f.name(), f.source(), Scope.valueOf(f.scope()), tree("", byParent));
    }

    private static List<FrameworkItem> tree(String parent, Map<String, List<FrameworkItemRow>> byParent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(r -> new FrameworkItem(r.itemKey(), r.name(), r.maxPoints(), r.criteria(), r.evidence(), ItemKind.valueOf(r.kind()),
                        tree(r.id(), byParent)))
                .toList();
    }

    public void assign(Assignment a, String by, Instant at) {
        String id = a.regionCode() + ":" + a.fiscalYear() + ":" + a.scope();
        AssignmentRow row = new AssignmentRow(id, a.regionCode(), a.fiscalYear(), a.scope(), a.frameworkId(), by, at);
        if (assignments.existsById(id)) {
            assignments.update(row);
        } else {
            assignments.save(row);
        }
    }

    public List<Assignment> assignmentsOf(String frameworkId) {
        return assignments.findByFramework(frameworkId).stream().map(FrameworkStore::of).toList();
    }

    public List<Assignment> assignedTo(String regionCode, int fiscalYear) {
        return assignments.findByRegionAndYear(regionCode, fiscalYear).stream().map(FrameworkStore::of).toList();
    }

    private static Assignment of(AssignmentRow r) {
        return new Assignment(r.regionCode(), r.fiscalYear(), r.scope(), r.frameworkId());
    }
}
