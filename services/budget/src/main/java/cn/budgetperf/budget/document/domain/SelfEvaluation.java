package cn.budgetperf.budget.document.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * 绩效自评.
 *
 * @param framework          the evaluation framework used (评价指标体系)
 * @param items              every item with its self-score
 * @param statedTotal        自评得分 as the report states it
 * @param applicableMaximum  the sum of the maxima of the applicable items (base of 换算得分)
 * @param statedConverted    换算得分 as stated
 * @param projectsByScore    project self-evaluations by score band (满分, 90分以上 …)
 * @param projectsByOutcome  projects by outcome (全部完成, 存在偏差 …)
 * @param problems           存在问题
 * @param measures           改进措施
 * @param resultApplication  结果应用
 */
public record SelfEvaluation(String framework, List<ScoreItem> items, BigDecimal statedTotal, BigDecimal applicableMaximum,
                             BigDecimal statedConverted, CountBreakdown projectsByScore, CountBreakdown projectsByOutcome,
                             List<String> problems, List<String> measures, String resultApplication) {

    public SelfEvaluation {
        framework = Checks.text(framework, 200, "评价指标体系");
        items = Checks.list(items, "自评指标");
        statedTotal = Checks.points(statedTotal, "自评得分");
        applicableMaximum = Checks.points(applicableMaximum, "适用指标满分合计");
        statedConverted = Checks.points(statedConverted, "换算得分");
        problems = Checks.texts(problems, 5000, "存在问题");
        measures = Checks.texts(measures, 5000, "改进措施");
        resultApplication = Checks.text(resultApplication, 5000, "结果应用");
    }
}
