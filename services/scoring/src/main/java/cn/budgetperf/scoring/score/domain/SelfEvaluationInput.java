package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The department's overall self-evaluation against its framework: every scorable and deduction item
 * with its maximum and self-score (blank allowed), and the totals the department stated.
 *
 * @param frameworkId     the framework
 * @param statedTotal     得分合计 as stated, or {@code null}
 * @param statedConverted 换算得分 as stated, or {@code null}
 * @param items           the items
 */
public record SelfEvaluationInput(String frameworkId, BigDecimal statedTotal, BigDecimal statedConverted, List<Item> items) {

    /**
     * One framework item.
     *
     * @param code       its id in the framework
     * @param name       its name
     * @param maxPoints  its maximum (a deduction item: the most that can be deducted)
     * @param points     the self-score, or {@code null} when left blank
     * @param applicable {@code false} when the item does not apply (excluded from the maximum)
     * @param deduction  {@code true} for a 扣分项
     */
    public record Item(String code, String name, BigDecimal maxPoints, BigDecimal points, boolean applicable, boolean deduction) {
        public Item {
            Objects.requireNonNull(code, "code");
            if (maxPoints == null || maxPoints.signum() < 0) {
                throw new InvalidInput("评分项“" + name + "”的满分不能为负数或空，实际为" + maxPoints + "。");
            }
            if (points != null && (points.signum() < 0 || points.compareTo(maxPoints) > 0)) {
                throw new InvalidInput("评分项“" + name + "”的得分" + points.toPlainString() + "应在0至"
                        + maxPoints.stripTrailingZeros().toPlainString() + "分之间。");
            }
            if (points != null && points.stripTrailingZeros().scale() > 2) {
                throw new InvalidInput("评分项“" + name + "”的得分最多保留两位小数，实际为" + points.toPlainString() + "。");
            }
        }
    }

    public SelfEvaluationInput {
        Objects.requireNonNull(frameworkId, "frameworkId");
        items = List.copyOf(items);
        Set<String> codes = new HashSet<>();
        for (Item item : items) {
            if (!codes.add(item.code())) {
                throw new InvalidInput("评分项“" + item.name() + "”（" + item.code() + "）重复出现。");
            }
        }
    }
}
