package cn.budgetperf.indicator.framework.application;

import cn.budgetperf.indicator.framework.domain.Framework;
import cn.budgetperf.indicator.framework.domain.FrameworkItem;
import cn.budgetperf.indicator.framework.domain.ItemKind;
import cn.budgetperf.indicator.framework.domain.Scope;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A framework as JSON: the shipped files in {@code classpath:frameworks/}, the admin's request body and
 * the API's answer share this shape.
 *
 * @param id          unique id (assigned by the service for a framework an admin adds)
 * @param code        family code shared by its versions
 * @param version     version within the family (assigned by the service for an added framework)
 * @param scope       DEPARTMENT or PROJECT
 * @param name        name
 * @param source      where it comes from
 * @param maxTotal    Σ of the top-level scored maxima, or {@code null} when configured per jurisdiction (answers only)
 * @param assignments the regions and years that use it
 * @param items       the item tree
 */
public record FrameworkDocument(String id, String code, Integer version, String scope, String name, String source,
                                BigDecimal maxTotal, List<Assignment> assignments, List<Item> items) {

    /** A region and year that use the framework. */
    public record Assignment(String regionCode, int fiscalYear) {
    }

    /** An item and its sub-items; {@code kind} is SCORED (default) or DEDUCTION. */
    public record Item(String key, String name, BigDecimal maxPoints, String criteria, String evidence, String kind, List<Item> children) {

        FrameworkItem toDomain(String framework) {
            ItemKind k = parse(ItemKind.class, kind == null ? "SCORED" : kind, "评价框架“" + framework + "”的评分项“" + name + "”的类型");
            return new FrameworkItem(key, name, maxPoints, criteria, evidence, k,
                    children == null ? List.of() : children.stream().map(c -> c.toDomain(framework)).toList());
        }

        static Item of(FrameworkItem i) {
            return new Item(i.key(), i.name(), i.maxPoints(), i.criteria(), i.evidence(), i.kind().name(),
                    i.children().stream().map(Item::of).toList());
        }
    }

    public FrameworkDocument {
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Framework toDomain(String assignedId, int assignedVersion) {
        Scope s = parse(Scope.class, scope == null ? "DEPARTMENT" : scope, "评价框架“" + name + "”的适用范围");
        return new Framework(assignedId, code, assignedVersion, name, source, s, items.stream().map(i -> i.toDomain(name)).toList());
    }

    public static FrameworkDocument of(Framework f, List<Assignment> assignments) {
        return new FrameworkDocument(f.id(), f.code(), f.version(), f.scope().name(), f.name(), f.source(), f.maxTotal(), assignments,
                f.items().stream().map(Item::of).toList());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw new IllegalArgumentException(what + "“" + text + "”无效，应为"
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList() + "之一。");
    }
}
