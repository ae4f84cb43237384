package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores a department-year (DESIGN §4): every project's table (execution rate 10 + indicators 90),
 * the department's overall self-evaluation against its framework (Σ applicable items − deductions,
 * converted to 100), or the execution rate alone when there is no self-evaluation; then applies the
 * bureau's re-scores, keeping the department's own score beside the final one.
 */
public final class ScoreEngine {

    public static final String EXECUTION_RATE = "EXECUTION_RATE";

    private ScoreEngine() {
    }

    public static Evaluation evaluate(ScoringInput input, ScoringSettings settings, List<Review> reviews) {
        Map<String, Review> pending = new HashMap<>();
        reviews.forEach(r -> pending.put(r.code(), r));
        List<Finding> findings = new ArrayList<>();

        List<ProjectResult> projects = input.projects().stream()
                .map(p -> project(p, settings, pending, findings)).toList();

        ExecutionRate rate = input.hasFigures() ? ExecutionRate.of(input.executed(), input.budget()) : null;
        List<ScoredItem> items = new ArrayList<>();
        String frameworkId = null;
        if (input.selfEvaluation() != null) {
            frameworkId = input.selfEvaluation().frameworkId();
            for (SelfEvaluationInput.Item item : input.selfEvaluation().items()) {
                items.add(frameworkItem(item, pending, findings));
            }
        } else if (rate != null) {
            items.add(reviewed(new ScoredItem(EXECUTION_RATE, "预算执行率", ExecutionRate.MAX_POINTS, rate.points(), rate.points(),
                    ExecutionRate.FORMULA, true, false, null), pending, findings));
        }
        BigDecimal percent = rate == null ? null : rate.percent();
        Scorecard self = card(percent, items, true);
        Scorecard fin = card(percent, items, false);
        if (input.selfEvaluation() != null) {
            statedTotals(input.selfEvaluation(), items, self, findings);
        }
        pending.values().forEach(r -> findings.add(Finding.warning("REVIEW_ITEM_GONE",
                "复核过的评分项“" + r.code() + "”已不在本次评分中，复核未应用。", r.code())));
        return new Evaluation(rate, frameworkId, items, self, fin, projects, findings, settings.ruleVersion());
    }

    private static ProjectResult project(ProjectInput p, ScoringSettings settings, Map<String, Review> pending, List<Finding> findings) {
        ExecutionRate rate = p.executionRate();
        List<ScoredItem> items = new ArrayList<>();
        items.add(reviewed(new ScoredItem(p.code() + "/" + EXECUTION_RATE, "预算执行率", ExecutionRate.MAX_POINTS, rate.points(),
                rate.points(), ExecutionRate.FORMULA + "：执行率" + rate.percent().toPlainString() + "%", true, false, null),
                pending, findings));
        for (IndicatorInput i : p.indicators()) {
            IndicatorFormula.Scored scored = IndicatorFormula.score(i, settings);
            items.add(reviewed(new ScoredItem(p.code() + "/" + i.name(), i.name(), i.weight(), scored.points(), scored.points(),
                    scored.formula(), true, false, null), pending, findings));
            deviation(i, scored, settings, p.code(), findings);
        }
        return new ProjectResult(p.code(), p.name(), rate, items, card(rate.percent(), items, true), card(rate.percent(), items, false));
    }

    private static void deviation(IndicatorInput i, IndicatorFormula.Scored scored, ScoringSettings settings, String projectCode,
                                  List<Finding> findings) {
        boolean noReason = i.deviationReason() == null || i.deviationReason().isBlank();
        String location = "projects[" + projectCode + "].indicators[" + i.name() + "]";
        if (noReason && IndicatorFormula.needsDeviationReason(i, settings)) {
            findings.add(Finding.warning("INDICATOR_DEVIATION_REASON_MISSING", i.where() + "实际值" + i.actual().toPlainString()
                    + "达到目标值" + i.target().toPlainString() + "的" + settings.deviationThresholdPercent().toPlainString()
                    + "%以上，应说明偏差原因。", location));
        } else if (noReason && scored.points().compareTo(i.weight()) < 0) {
            findings.add(Finding.warning("INDICATOR_SHORTFALL_REASON_MISSING", i.where() + "未完全达成（得" + scored.points().toPlainString()
                    + "分，满分" + i.weight().stripTrailingZeros().toPlainString() + "分），应说明偏差原因。", location));
        }
    }

    private static ScoredItem frameworkItem(SelfEvaluationInput.Item item, Map<String, Review> pending, List<Finding> findings) {
        String formula;
        if (!item.applicable()) {
            formula = "不适用，不计入满分";
        } else if (item.points() == null && item.deduction()) {
            formula = "扣分项：未扣分";
        } else if (item.points() == null) {
            formula = "未填写自评得分，按0分计";
            findings.add(Finding.warning("SCORE_ITEM_BLANK", "评分项“" + item.name() + "”（满分" + pts(item.maxPoints())
                    + "分）未填写自评得分，按0分计。", "selfEvaluation.items[" + item.code() + "]"));
        } else {
            formula = item.deduction() ? "扣分项：自评扣分" : "自评得分";
        }
        BigDecimal self = item.points() == null ? null : item.points().setScale(2);
        ScoredItem scored = new ScoredItem(item.code(), item.name(), item.maxPoints(), self, self == null ? BigDecimal.ZERO.setScale(2) : self,
                formula, item.applicable(), item.deduction(), null);
        if (!item.applicable() && pending.remove(item.code()) != null) {
            findings.add(Finding.warning("REVIEW_ITEM_NOT_APPLICABLE", "复核过的评分项“" + item.name() + "”现已不适用，复核未应用。",
                    item.code()));
        }
        return item.applicable() ? reviewed(scored, pending, findings) : scored;
    }

    private static ScoredItem reviewed(ScoredItem item, Map<String, Review> pending, List<Finding> findings) {
        Review review = pending.remove(item.code());
        if (review == null) {
            return item;
        }
        if (review.points().compareTo(item.maxPoints()) > 0) {
            findings.add(Finding.warning("REVIEW_ABOVE_MAXIMUM", "复核得分" + pts(review.points()) + "超过评分项“" + item.name()
                    + "”现在的满分" + pts(item.maxPoints()) + "分，复核未应用。", item.code()));
            return item;
        }
        return new ScoredItem(item.code(), item.name(), item.maxPoints(), item.selfPoints(), review.points().setScale(2),
                "复核：" + review.reason(), item.applicable(), item.deduction(), review.reason());
    }

    private static Scorecard card(BigDecimal ratePercent, List<ScoredItem> items, boolean selfScore) {
        List<Scorecard.Item> counted = items.stream().filter(i -> i.applicable() && !i.deduction())
                .map(i -> new Scorecard.Item(i.code(), i.name(), i.maxPoints(), selfScore ? i.selfOrZero() : i.points(), i.formula()))
                .toList();
        BigDecimal deductions = items.stream().filter(ScoredItem::deduction)
                .map(i -> selfScore ? i.selfOrZero() : i.points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Scorecard(ratePercent, counted, deductions);
    }

    private static void statedTotals(SelfEvaluationInput se, List<ScoredItem> items, Scorecard self, List<Finding> findings) {
        if (se.statedTotal() != null && se.statedTotal().compareTo(self.total()) != 0) {
            List<ScoredItem> blank = items.stream().filter(i -> i.applicable() && !i.deduction() && i.selfPoints() == null).toList();
            String names = blank.stream().map(i -> "“" + i.name() + "”（满分" + pts(i.maxPoints()) + "分）").collect(Collectors.joining("、"));
            BigDecimal blankMaxima = blank.stream().map(ScoredItem::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            String hint = !blank.isEmpty() && self.total().add(blankMaxima).compareTo(se.statedTotal()) == 0
                    ? "；若未填写的项按满分计，合计恰为" + pts(se.statedTotal()) + "分" : "";
            findings.add(Finding.error("SCORE_TOTAL_MISMATCH", "自评得分合计" + pts(se.statedTotal()) + "分与各项得分之和"
                    + pts(self.total()) + "分不符" + (blank.isEmpty() ? "" : "；未填写得分的项：" + names) + hint + "。",
                    "selfEvaluation.statedTotal", pts(self.total()), pts(se.statedTotal())));
        }
        if (se.statedConverted() != null && se.statedConverted().compareTo(self.converted()) != 0) {
            findings.add(Finding.error("SCORE_CONVERTED_MISMATCH", "自评换算得分" + pts(se.statedConverted()) + "分与计算结果"
                    + pts(self.converted()) + "分（" + pts(self.total()) + " / " + pts(self.maxTotal()) + " × 100）不符。",
                    "selfEvaluation.statedConverted", pts(self.converted()), pts(se.statedConverted())));
        }
    }

    static String pts(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
