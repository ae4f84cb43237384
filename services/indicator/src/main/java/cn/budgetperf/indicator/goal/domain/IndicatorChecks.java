package cn.budgetperf.indicator.goal.domain;

import cn.budgetperf.contracts.indicator.v1.Indicator;
import cn.budgetperf.contracts.indicator.v1.MainTask;
import cn.budgetperf.contracts.indicator.v1.ProjectGoals;
import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of one project table and its indicators. */
final class IndicatorChecks {

    static final BigDecimal WEIGHTS = BigDecimal.valueOf(90);
    private static final Map<String, String> COMPARATORS = Map.of(
            "≥", Indicator.AT_LEAST, ">=", Indicator.AT_LEAST, "≤", Indicator.AT_MOST, "<=", Indicator.AT_MOST,
            "＝", Indicator.EQUAL, "=", Indicator.EQUAL, "定性", Indicator.QUALITATIVE);

    private IndicatorChecks() {
    }

    static ProjectGoals project(GoalDraft.ProjectDraft p, BigDecimal thresholdPercent) {
        if (Numbers.blank(p.code()) || Numbers.blank(p.name())) {
            throw new InvalidGoals("项目缺少项目编码或项目名称。");
        }
        String where = "项目“" + p.name() + "”";
        Money budget = Numbers.money(p.budget(), where + "的年初预算数");
        Money adjusted = Numbers.money(p.adjustedBudget(), where + "的全年预算数");
        Money executed = Numbers.money(p.executed(), where + "的全年执行数");
        if (budget == null || executed == null) {
            throw new InvalidGoals(where + "缺少年初预算数或全年执行数。");
        }
        if ((adjusted == null ? budget : adjusted).wanYuan().signum() <= 0) {
            throw new InvalidGoals(where + "的全年预算数应大于0。");
        }
        List<Indicator> indicators = new ArrayList<>();
        Set<String> names = new HashSet<>();
        BigDecimal weights = BigDecimal.ZERO;
        for (GoalDraft.IndicatorDraft d : p.indicators()) {
            Indicator i = indicator(where, d, thresholdPercent);
            if (!names.add(i.name())) {
                throw new InvalidGoals(where + "的三级指标“" + i.name() + "”重复，同一项目内三级指标名称应唯一。");
            }
            weights = weights.add(i.weight());
            indicators.add(i);
        }
        if (weights.compareTo(WEIGHTS) != 0) {
            throw new InvalidGoals(where + "的指标分值合计应为90分（另10分为预算执行率），实际为" + Numbers.plain(weights) + "分。");
        }
        List<MainTask> tasks = p.tasks().stream().map(t -> new MainTask(t.name(), t.content())).toList();
        return new ProjectGoals(p.code().strip(), p.name().strip(), budget, adjusted, executed, p.overallTarget(), tasks, indicators);
    }

    private static Indicator indicator(String project, GoalDraft.IndicatorDraft d, BigDecimal thresholdPercent) {
        if (Numbers.blank(d.name())) {
            throw new InvalidGoals(project + "有一个指标没有填写三级指标名称。");
        }
        String name = d.name().strip();
        String where = project + "的指标“" + name + "”";
        String comparator = d.comparator() == null ? null : COMPARATORS.get(d.comparator().strip());
        if (comparator == null) {
            throw new InvalidGoals(where + "的指标性质“" + d.comparator() + "”无法识别，应为 ≥、≤、＝ 或 定性。");
        }
        BigDecimal weight = Numbers.points(d.weight(), where + "的分值");
        if (weight == null || weight.signum() == 0) {
            throw new InvalidGoals(where + "的分值应大于0。");
        }
        if (comparator.equals(Indicator.QUALITATIVE)) {
            return qualitative(d, name, where, weight);
        }
        BigDecimal target = Numbers.decimal(d.target(), where + "的目标值");
        BigDecimal actual = Numbers.decimal(d.actual(), where + "的实际完成值");
        if (target == null) {
            throw new InvalidGoals(where + "为定量指标，缺少目标值。");
        }
        if (Numbers.blank(d.unit())) {
            throw new InvalidGoals(where + "为定量指标，缺少度量单位。");
        }
        if (actual == null) {
            throw new InvalidGoals(where + "为定量指标，缺少实际完成值。");
        }
        if (comparator.equals(Indicator.AT_LEAST) && target.signum() <= 0) {
            throw new InvalidGoals(where + "为正向指标（≥），目标值应大于0，实际为" + Numbers.plain(target) + "。");
        }
        if (target.signum() < 0) {
            throw new InvalidGoals(where + "的目标值不能为负数，实际为" + Numbers.plain(target) + "。");
        }
        boolean far = target.signum() > 0
                && actual.multiply(BigDecimal.valueOf(100)).compareTo(thresholdPercent.multiply(target)) >= 0;
        if (far && Numbers.blank(d.deviationReason())) {
            throw new InvalidGoals(where + "的实际完成值" + Numbers.plain(actual) + "达到目标值" + Numbers.plain(target) + "的"
                    + Numbers.plain(thresholdPercent) + "%及以上，应填写偏差原因。");
        }
        return new Indicator(d.level1(), d.level2(), name, comparator, target, null, d.unit().strip(), weight, actual, null, null,
                d.deviationReason());
    }

    private static Indicator qualitative(GoalDraft.IndicatorDraft d, String name, String where, BigDecimal weight) {
        GradeLabel grade = GradeLabel.of(d.actual());
        if (grade == null) {
            throw new InvalidGoals(where + "为定性指标，完成情况应为“达成年度指标”“部分达成年度指标并具有一定效果”"
                    + "“未达成年度指标且效果较差”之一，实际为“" + d.actual() + "”。");
        }
        BigDecimal points = Numbers.points(d.gradePoints(), where + "的评定得分");
        if (points != null && !grade.admits(points, weight)) {
            throw new InvalidGoals(where + "的评定得分" + Numbers.plain(points) + "不在“" + grade.label() + "”的区间" + grade.band(weight) + "内。");
        }
        return new Indicator(d.level1(), d.level2(), name, Indicator.QUALITATIVE, null, d.target(), d.unit(), weight, null,
                grade.label(), points, d.deviationReason());
    }
}
