package cn.budgetperf.indicator.goal.domain;

import cn.budgetperf.contracts.indicator.v1.EvaluatedItem;
import cn.budgetperf.contracts.indicator.v1.SelfEvaluation;
import cn.budgetperf.indicator.framework.domain.Framework;
import cn.budgetperf.indicator.framework.domain.Leaf;
import cn.budgetperf.indicator.framework.domain.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checks of a department's self-scores against its framework. */
final class SelfEvaluationChecks {

    private SelfEvaluationChecks() {
    }

    /**
     * @param framework the framework the draft names, if it exists
     * @param assigned  the department framework assigned to the region and year, if any
     */
    static SelfEvaluation check(GoalDraft.SelfEvaluationDraft draft, Optional<Framework> framework, Optional<Framework> assigned) {
        if (Numbers.blank(draft.frameworkId())) {
            throw new InvalidGoals("自评缺少评价框架（frameworkId）。");
        }
        Framework f = framework.orElseThrow(() -> new InvalidGoals("评价框架“" + draft.frameworkId() + "”不存在。"));
        if (f.scope() != Scope.DEPARTMENT) {
            throw new InvalidGoals("评价框架“" + f.name() + "”用于项目支出，不能用于部门整体自评。");
        }
        if (assigned.isPresent() && !assigned.get().id().equals(f.id())) {
            throw new InvalidGoals("本地区本年度的部门整体自评应使用评价框架“" + assigned.get().name() + "”（" + assigned.get().id()
                    + "），而不是“" + f.name() + "”（" + f.id() + "）。");
        }
        Map<String, Leaf> leaves = new LinkedHashMap<>();
        f.leaves().forEach(l -> leaves.put(l.id(), l));
        Map<String, GoalDraft.ItemScoreDraft> scores = new HashMap<>();
        for (GoalDraft.ItemScoreDraft s : draft.items()) {
            if (!leaves.containsKey(s.code())) {
                throw new InvalidGoals("评价框架“" + f.name() + "”中没有可评分的评分项“" + s.code() + "”。");
            }
            if (scores.put(s.code(), s) != null) {
                throw new InvalidGoals("评分项“" + leaves.get(s.code()).name() + "”重复填报。");
            }
        }
        List<EvaluatedItem> items = new ArrayList<>();
        for (Leaf leaf : leaves.values()) {
            items.add(item(leaf, scores.get(leaf.id())));
        }
        return new SelfEvaluation(f.id(), f.version(), f.name(), Numbers.points(draft.statedTotal(), "自评得分合计"),
                Numbers.points(draft.statedConverted(), "自评换算得分"), items);
    }

    private static EvaluatedItem item(Leaf leaf, GoalDraft.ItemScoreDraft score) {
        String where = "评分项“" + leaf.name() + "”";
        BigDecimal stated = score == null ? null : Numbers.points(score.maxPoints(), where + "的核定分值");
        BigDecimal max;
        if (leaf.configurable()) {
            if (stated == null || stated.signum() == 0) {
                throw new InvalidGoals(where + "的满分由各地核定，请填写核定分值（maxPoints）。");
            }
            max = stated;
        } else {
            if (stated != null && stated.compareTo(leaf.maxPoints()) != 0) {
                throw new InvalidGoals(where + "的满分为" + Numbers.plain(leaf.maxPoints()) + "分，不能改为" + Numbers.plain(stated) + "分。");
            }
            max = leaf.maxPoints();
        }
        BigDecimal points = score == null ? null : Numbers.points(score.points(), where + "的自评得分");
        if (points != null && points.compareTo(max) > 0) {
            throw new InvalidGoals(where + "的自评得分" + Numbers.plain(points) + "超过满分" + Numbers.plain(max) + "分。");
        }
        boolean applicable = score == null || score.applicable() == null || score.applicable();
        return new EvaluatedItem(leaf.id(), leaf.name(), max, points, applicable, leaf.deduction(), score == null ? null : score.note());
    }
}
