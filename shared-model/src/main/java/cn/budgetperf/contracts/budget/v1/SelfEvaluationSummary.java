package cn.budgetperf.contracts.budget.v1;

import java.math.BigDecimal;
import java.util.List;

/**
 * The department's self-evaluation as submitted.
 *
 * @param framework         the evaluation framework used
 * @param total             自评得分 as stated
 * @param applicableMaximum the sum of the applicable items' maxima
 * @param converted         换算得分 as stated
 * @param items             the items with their self-scores
 * @param problems          存在问题
 * @param measures          改进措施
 * @param resultApplication 结果应用
 */
public record SelfEvaluationSummary(String framework, BigDecimal total, BigDecimal applicableMaximum, BigDecimal converted,
                                    List<ScoreLine> items, List<String> problems, List<String> measures,
                                    String resultApplication) {

    public SelfEvaluationSummary {
        items = items == null ? List.of() : List.copyOf(items);
        problems = problems == null ? List.of() : List.copyOf(problems);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
