package cn.budgetperf.indicator.framework.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A versioned evaluation framework. Construction checks it: a name, at least one item, keys unique
 * among siblings, no negative maximum, a parent's maximum equal to the sum of its scored children's,
 * and a maximum left to configuration only on a top-level leaf or inside a deduction group.
 *
 * @param id      unique id, e.g. {@code yanbian-dept-2024}
 * @param code    the family the versions share, e.g. {@code yanbian-dept}
 * @param version the version within its family
 * @param name    name, e.g. 部门预算绩效自评打分表
 * @param source  where it comes from (document number or report)
 * @param scope   department or project
 * @param items   top-level items
 */
public record Framework(String id, String code, int version, String name, String source, Scope scope, List<FrameworkItem> items) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public Framework {
        Objects.requireNonNull(scope, "scope");
        items = items == null ? List.of() : List.copyOf(items);
        if (name == null || name.isBlank()) {
            throw new InvalidFramework("评价框架缺少名称。");
        }
        for (String k : List.of(String.valueOf(id), String.valueOf(code))) {
            if (!KEY.matcher(k).matches()) {
                throw new InvalidFramework("评价框架“" + name + "”的编码“" + k + "”只能包含小写字母、数字和连字符（至多64个字符）。");
            }
        }
        if (version < 1) {
            throw new InvalidFramework("评价框架“" + name + "”的版本号应从1开始，实际为" + version + "。");
        }
        if (items.isEmpty()) {
            throw new InvalidFramework("评价框架“" + name + "”没有评分项。");
        }
        check(name, items, null, 1);
    }

    private static void check(String framework, List<FrameworkItem> items, FrameworkItem parent, int level) {
        Set<String> keys = new HashSet<>();
        for (FrameworkItem item : items) {
            String where = "评价框架“" + framework + "”的评分项“" + item.name() + "”";
            if (item.name() == null || item.name().isBlank()) {
                throw new InvalidFramework("评价框架“" + framework + "”有评分项缺少名称。");
            }
            if (item.key() == null || !KEY.matcher(item.key()).matches()) {
                throw new InvalidFramework(where + "的编码“" + item.key() + "”只能包含小写字母、数字和连字符。");
            }
            if (!keys.add(item.key())) {
                throw new InvalidFramework(where + "的编码“" + item.key() + "”与同级评分项重复。");
            }
            if (item.maxPoints() != null && item.maxPoints().signum() < 0) {
                throw new InvalidFramework(where + "的满分不能为负数，实际为" + item.maxPoints().toPlainString() + "。");
            }
            if (item.maxPoints() != null && item.maxPoints().stripTrailingZeros().scale() > 2) {
                throw new InvalidFramework(where + "的满分最多保留两位小数，实际为" + item.maxPoints().toPlainString() + "。");
            }
            if (parent != null && parent.kind() == ItemKind.DEDUCTION && item.kind() != ItemKind.DEDUCTION) {
                throw new InvalidFramework(where + "属于扣分项“" + parent.name() + "”，也应为扣分项。");
            }
            boolean deductionGroup = parent != null && parent.kind() == ItemKind.DEDUCTION && parent.maxPoints() != null;
            if (item.maxPoints() == null && !(level == 1 && item.isLeaf()) && !deductionGroup) {
                throw new InvalidFramework(where + "缺少满分（只有一级评分项可以由各地配置满分，且不能再有下级评分项）。");
            }
            if (!item.isLeaf()) {
                check(framework, item.children(), item, level + 1);
                sums(where, item);
            }
        }
    }

    private static void sums(String where, FrameworkItem item) {
        if (item.maxPoints() == null || item.kind() == ItemKind.DEDUCTION) {
            return;
        }
        BigDecimal children = BigDecimal.ZERO;
        for (FrameworkItem c : item.children()) {
            if (c.kind() == ItemKind.SCORED) {
                children = children.add(c.maxPoints());
            }
        }
        if (children.compareTo(item.maxPoints()) != 0) {
            throw new InvalidFramework(where + "满分为" + plain(item.maxPoints()) + "分，但其下各项满分合计为" + plain(children) + "分。");
        }
    }

    /** Σ of the top-level scored items' maxima, or {@code null} when some are configured per jurisdiction. */
    public BigDecimal maxTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (FrameworkItem item : items) {
            if (item.kind() == ItemKind.SCORED) {
                if (item.maxPoints() == null) {
                    return null;
                }
                total = total.add(item.maxPoints());
            }
        }
        return total;
    }

    /** The items a department scores, in order: the leaves, named after their group. */
    public List<Leaf> leaves() {
        List<Leaf> leaves = new ArrayList<>();
        collect(items, id, null, leaves);
        return leaves;
    }

    private static void collect(List<FrameworkItem> items, String path, FrameworkItem parent, List<Leaf> out) {
        for (FrameworkItem item : items) {
            String itemPath = path + "/" + item.key();
            if (!item.isLeaf()) {
                collect(item.children(), itemPath, item, out);
                continue;
            }
            String name = parent == null ? item.name() : parent.name() + " › " + item.name();
            BigDecimal max = item.maxPoints() == null && parent != null ? parent.maxPoints() : item.maxPoints();
            out.add(new Leaf(itemPath, name, max, item.kind() == ItemKind.DEDUCTION));
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
