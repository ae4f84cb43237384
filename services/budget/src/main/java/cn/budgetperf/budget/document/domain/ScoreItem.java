package cn.budgetperf.budget.document.domain;

import java.math.BigDecimal;

/**
 * One item of the evaluation framework with the department's self-score.
 *
 * @param code       the framework's item code, if it has one
 * @param name       the item, e.g. 财务管理制度
 * @param group      the levels above it, e.g. 总体绩效/财务管理
 * @param maxPoints  the item's maximum, or {@code null} when the framework gives none
 * @param score      the self-score, {@code null} when left blank
 * @param applicable {@code false} when the item does not apply (its maximum leaves the base of 换算得分)
 * @param deduction  {@code true} for a 扣分项: its score is subtracted
 * @param note       the department's note (备注)
 */
public record ScoreItem(String code, String name, String group, BigDecimal maxPoints, BigDecimal score,
                        Boolean applicable, Boolean deduction, String note) {

    public ScoreItem {
        code = Checks.text(code, 50, "指标编码");
        name = Checks.required(name, 200, "指标名称");
        group = Checks.text(group, 200, "上级指标");
        maxPoints = Checks.points(maxPoints, name + "的分值");
        score = Checks.points(score, name + "的自评得分");
        note = Checks.text(note, 2000, name + "的备注");
    }

    public boolean applies() {
        return applicable == null || applicable;
    }

    public boolean subtracts() {
        return deduction != null && deduction;
    }
}
