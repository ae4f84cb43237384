package cn.budgetperf.indicator.framework.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An item of a framework.
 *
 * @param key       code, unique among its siblings (lower-case letters, digits, hyphens)
 * @param name      name, e.g. 预算编制质量
 * @param maxPoints maximum points; {@code null} when each jurisdiction configures it (徐水's categories),
 *                  or for a deduction item whose group's maximum caps it ("-" in 盐边's table)
 * @param criteria  scoring criteria (评分标准 / 指标解释), or {@code null}
 * @param evidence  required evidence (所需佐证材料), or {@code null}
 * @param kind      scored or deduction
 * @param children  sub-items
 */
public record FrameworkItem(String key, String name, BigDecimal maxPoints, String criteria, String evidence, ItemKind kind,
                            List<FrameworkItem> children) {

    public FrameworkItem {
        Objects.requireNonNull(kind, "kind");
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }
}
