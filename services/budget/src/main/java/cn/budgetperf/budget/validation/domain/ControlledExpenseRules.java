package cn.budgetperf.budget.validation.domain;

import static cn.budgetperf.budget.validation.domain.Category.ACCURACY;
import static cn.budgetperf.budget.validation.domain.Severity.ERROR;

import cn.budgetperf.budget.document.domain.Amounts;
import cn.budgetperf.budget.document.domain.BudgetAdjustment;
import cn.budgetperf.budget.document.domain.Column;
import cn.budgetperf.budget.document.domain.Line;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.budget.document.domain.ThreePublic;
import cn.budgetperf.contracts.values.Money;
import java.util.ArrayList;
import java.util.List;

/** '三公'经费 and its composition, and the budget adjustment. */
final class ControlledExpenseRules {

    private ControlledExpenseRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("TPC-001", ACCURACY, ERROR, "'三公'经费合计与各项之和不符", "{label}" + SumCheck.TAIL,
                        List.of("threePublic.total", "threePublic.abroad", "threePublic.vehiclePurchase",
                                "threePublic.vehicleOperation", "threePublic.reception"),
                        (d, c, out) -> {
                            ThreePublic t = d.threePublic();
                            if (t == null) {
                                return;
                            }
                            for (Column column : Column.values()) {
                                if (!includesMeetingOrTraining(d, column)) {
                                    SumCheck.one(out, "threePublic.total." + column.field(), t.totalLine().label(), column.label(),
                                            t.totalLine().at(column), SumCheck.parts(t.parts(), column), true);
                                }
                            }
                        }),
                Rule.of("TPC-002", ACCURACY, ERROR, "'三公'经费计入了会议费、培训费",
                        "'三公'经费{column}{total}万元等于'三公'各项（{parts}万元）加上会议费、培训费（{meetingTraining}万元）；"
                                + "会议费和培训费不属于'三公'经费，应单独列示。",
                        List.of("threePublic.total", "threePublic.abroad", "threePublic.vehiclePurchase",
                                "threePublic.vehicleOperation", "threePublic.reception", "meeting", "training"),
                        (d, c, out) -> {
                            for (Column column : Column.values()) {
                                if (includesMeetingOrTraining(d, column)) {
                                    Money total = d.threePublic().total().of(column);
                                    Money parts = knownSum(d.threePublic().parts(), column);
                                    out.fire("threePublic.total." + column.field(), Fmt.exact(parts), Fmt.exact(total),
                                            "column", column.label(), "total", Fmt.wan(total), "parts", Fmt.wan(parts),
                                            "meetingTraining", Fmt.wan(meetingAndTraining(d, column)));
                                }
                            }
                        }),
                Rule.of("ADJ-001", ACCURACY, ERROR, "预算调整不平衡",
                        "年初预算数{initial}万元＋追加{additions}万元－调减{reductions}万元＝{computed}万元，但调整后预算数为{adjusted}万元。",
                        List.of("budgetAdjustment.initial", "budgetAdjustment.additions", "budgetAdjustment.reductions",
                                "budgetAdjustment.adjusted"),
                        (d, c, out) -> {
                            BudgetAdjustment a = d.budgetAdjustment();
                            if (a == null || a.initial() == null || a.adjusted() == null
                                    || a.additions() == null && a.reductions() == null) {
                                return;
                            }
                            Money additions = a.additions() == null ? Money.ZERO : a.additions();
                            Money reductions = a.reductions() == null ? Money.ZERO : a.reductions();
                            Money computed = a.initial().plus(additions).minus(reductions);
                            int addends = (int) java.util.stream.Stream.of(a.initial(), additions, reductions)
                                    .filter(m -> m.wanYuan().signum() != 0).count();
                            if (!Sums.agree(computed, a.adjusted(), addends)) {
                                out.fire("budgetAdjustment.adjusted", Fmt.exact(computed), Fmt.exact(a.adjusted()),
                                        "initial", Fmt.wan(a.initial()), "additions", Fmt.wan(additions),
                                        "reductions", Fmt.wan(reductions), "computed", Fmt.wan(computed), "adjusted", Fmt.wan(a.adjusted()));
                            }
                        }));
    }

    /**
     * The total is off from its parts, and 会议费 + 培训费 (at least one of them non-zero) account for
     * the difference: the classic mistake of counting them as '三公'.
     */
    static boolean includesMeetingOrTraining(SubmissionDocument d, Column column) {
        ThreePublic t = d.threePublic();
        if (t == null || t.total() == null || t.total().of(column) == null) {
            return false;
        }
        Money meetingTraining = meetingAndTraining(d, column);
        if (meetingTraining == null || meetingTraining.wanYuan().signum() == 0) {
            return false;
        }
        Money parts = knownSum(t.parts(), column);
        Money total = t.total().of(column);
        int addends = (int) t.parts().stream().filter(l -> l.at(column) != null && l.at(column).wanYuan().signum() != 0).count();
        return !Sums.agree(parts, total, addends) && Sums.agree(parts.plus(meetingTraining), total, addends + 2);
    }

    private static Money meetingAndTraining(SubmissionDocument d, Column column) {
        List<Money> values = new ArrayList<>();
        for (Amounts a : new Amounts[] {d.meeting(), d.training()}) {
            if (a != null && a.of(column) != null) {
                values.add(a.of(column));
            }
        }
        return values.isEmpty() ? null : Sums.sum(values);
    }

    private static Money knownSum(List<Line> lines, Column column) {
        return Sums.sum(lines.stream().map(l -> l.at(column)).filter(java.util.Objects::nonNull).toList());
    }
}
