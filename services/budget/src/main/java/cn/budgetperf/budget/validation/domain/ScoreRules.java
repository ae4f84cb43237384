package cn.budgetperf.budget.validation.domain;

import static cn.budgetperf.budget.validation.domain.Category.ACCURACY;
import static cn.budgetperf.budget.validation.domain.Category.COMPLETENESS;
import static cn.budgetperf.budget.validation.domain.Severity.ERROR;

import cn.budgetperf.budget.document.domain.ScoreItem;
import cn.budgetperf.budget.document.domain.SelfEvaluation;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The self-evaluation: each score within its maximum, none left blank, the total and the converted score. */
final class ScoreRules {

    private ScoreRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("SCORE-001", ACCURACY, ERROR, "自评得分超过分值",
                        "指标“{name}”自评得分{score}分，超过该指标分值{max}分。",
                        List.of("selfEvaluation.items[].score", "selfEvaluation.items[].maxPoints"),
                        (d, c, out) -> items(d, (i, item) -> {
                            if (item.score() != null && item.maxPoints() != null && item.score().compareTo(item.maxPoints()) > 0) {
                                out.fire("selfEvaluation.items[" + i + "].score", "≤ " + Fmt.points(item.maxPoints()),
                                        Fmt.points(item.score()), "name", item.name(), "score", Fmt.points(item.score()),
                                        "max", Fmt.points(item.maxPoints()));
                            }
                        })),
                Rule.of("SCORE-002", COMPLETENESS, ERROR, "自评指标未打分",
                        "指标“{name}”（分值{max}分）没有自评得分；不适用的指标请标明不适用。",
                        List.of("selfEvaluation.items[].score", "selfEvaluation.items[].applicable"),
                        (d, c, out) -> items(d, (i, item) -> {
                            if (item.score() == null && item.applies() && !item.subtracts()) {
                                out.fire("selfEvaluation.items[" + i + "].score", "已打分", null, "name", item.name(),
                                        "max", Fmt.points(item.maxPoints()));
                            }
                        })),
                Rule.of("SCORE-003", ACCURACY, ERROR, "自评总分与各指标得分之和不符",
                        "自评总分填报为{stated}分，但各指标得分之和（扣减扣分项）为{sum}分。",
                        List.of("selfEvaluation.statedTotal", "selfEvaluation.items[].score", "selfEvaluation.items[].deduction"),
                        (d, c, out) -> {
                            SelfEvaluation s = d.selfEvaluation();
                            if (s == null || s.statedTotal() == null || s.items().isEmpty()) {
                                return;
                            }
                            BigDecimal sum = sum(s);
                            if (sum.compareTo(s.statedTotal()) != 0) {
                                out.fire("selfEvaluation.statedTotal", Fmt.points(sum), Fmt.points(s.statedTotal()),
                                        "stated", Fmt.points(s.statedTotal()), "sum", Fmt.points(sum));
                            }
                        }),
                Rule.of("SCORE-004", ACCURACY, ERROR, "换算得分计算有误",
                        "换算得分应为自评得分{total}分÷适用指标满分{max}分×100＝{expected}分，但填报为{stated}分。",
                        List.of("selfEvaluation.statedConverted", "selfEvaluation.statedTotal", "selfEvaluation.applicableMaximum"),
                        (d, c, out) -> {
                            SelfEvaluation s = d.selfEvaluation();
                            if (s == null || s.statedConverted() == null || s.statedTotal() == null || s.applicableMaximum() == null
                                    || s.applicableMaximum().signum() == 0) {
                                return;
                            }
                            BigDecimal expected = s.statedTotal().multiply(BigDecimal.valueOf(100))
                                    .divide(s.applicableMaximum(), 2, RoundingMode.HALF_UP);
                            if (expected.compareTo(s.statedConverted()) != 0) {
                                out.fire("selfEvaluation.statedConverted", Fmt.points(expected), Fmt.points(s.statedConverted()),
                                        "total", Fmt.points(s.statedTotal()), "max", Fmt.points(s.applicableMaximum()),
                                        "expected", Fmt.points(expected), "stated", Fmt.points(s.statedConverted()));
                            }
                        }),
                Rule.of("SCORE-005", ACCURACY, ERROR, "适用指标满分合计有误",
                        "适用指标满分合计填报为{stated}分，但适用指标的分值之和为{sum}分。",
                        List.of("selfEvaluation.applicableMaximum", "selfEvaluation.items[].maxPoints",
                                "selfEvaluation.items[].applicable"),
                        (d, c, out) -> {
                            SelfEvaluation s = d.selfEvaluation();
                            if (s == null || s.applicableMaximum() == null || s.items().isEmpty()) {
                                return;
                            }
                            List<ScoreItem> counted = s.items().stream().filter(i -> i.applies() && !i.subtracts()).toList();
                            if (counted.isEmpty() || counted.stream().anyMatch(i -> i.maxPoints() == null)) {
                                return;
                            }
                            BigDecimal sum = counted.stream().map(ScoreItem::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
                            if (sum.compareTo(s.applicableMaximum()) != 0) {
                                out.fire("selfEvaluation.applicableMaximum", Fmt.points(sum), Fmt.points(s.applicableMaximum()),
                                        "stated", Fmt.points(s.applicableMaximum()), "sum", Fmt.points(sum));
                            }
                        }));
    }

    static BigDecimal sum(SelfEvaluation s) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ScoreItem item : s.items()) {
            if (item.score() != null && item.applies()) {
                sum = item.subtracts() ? sum.subtract(item.score()) : sum.add(item.score());
            }
        }
        return sum;
    }

    private static void items(SubmissionDocument d, java.util.function.BiConsumer<Integer, ScoreItem> check) {
        if (d.selfEvaluation() == null) {
            return;
        }
        List<ScoreItem> items = d.selfEvaluation().items();
        for (int i = 0; i < items.size(); i++) {
            check.accept(i, items.get(i));
        }
    }
}
