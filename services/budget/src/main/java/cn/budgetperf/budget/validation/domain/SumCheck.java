package cn.budgetperf.budget.validation.domain;

import cn.budgetperf.budget.document.domain.Column;
import cn.budgetperf.budget.document.domain.Line;
import cn.budgetperf.contracts.values.Money;
import java.util.List;
import java.util.function.Function;

/** A total against its parts in every column, reported with the placeholders all sum rules share. */
final class SumCheck {

    /** The message tail every sum rule's template ends with. */
    static final String TAIL = "{column}{total}万元，各分项之和为{sum}万元，相差{diff}万元（容差{tolerance}万元）。";

    private SumCheck() {
    }

    static void columns(Emitter out, Line total, Function<Column, List<Sums.Part>> parts, boolean exhaustive) {
        for (Column column : Column.values()) {
            one(out, total.path() + "." + column.field(), total.label(), column.label(), total.at(column),
                    parts.apply(column), exhaustive);
        }
    }

    static void one(Emitter out, String location, String label, String column, Money total, List<Sums.Part> parts,
                    boolean exhaustive) {
        Sums.compare(total, parts, exhaustive).ifPresent(m -> out.fire(location, Fmt.exact(total), Fmt.exact(m.sum()),
                "label", label, "column", column, "total", Fmt.wan(total), "sum", Fmt.wan(m.sum()),
                "diff", Fmt.wan(m.difference().abs()), "tolerance", Fmt.exact(m.tolerance())));
    }

    static List<Sums.Part> parts(List<Line> lines, Column column) {
        return lines.stream().map(l -> Sums.Part.of(l.at(column))).toList();
    }
}
