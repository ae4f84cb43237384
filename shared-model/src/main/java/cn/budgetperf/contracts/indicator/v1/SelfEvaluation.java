package cn.budgetperf.contracts.indicator.v1;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The department's overall self-evaluation against its framework (评价指标体系), with every scorable
 * item of the framework (applicable or not) and its maximum as the framework or the department set it.
 *
 * @param frameworkId      the framework's id, e.g. {@code yanbian-dept-2024}
 * @param frameworkVersion the framework's version
 * @param frameworkName    the framework's name
 * @param statedTotal      the 得分合计 the department stated, or {@code null}
 * @param statedConverted  the 换算得分 the department stated, or {@code null}
 * @param items            every scorable and deduction item of the framework
 */
public record SelfEvaluation(
        String frameworkId,
        int frameworkVersion,
        String frameworkName,
        BigDecimal statedTotal,
        BigDecimal statedConverted,
        List<EvaluatedItem> items) {

    public SelfEvaluation {
        Objects.requireNonNull(frameworkId, "frameworkId");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
