package cn.budgetperf.contracts.scoring.v1;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A project's self-evaluation score (项目支出绩效自评): 预算执行率 (10) plus its indicators (90).
 *
 * @param code          项目编码
 * @param name          项目名称
 * @param executionRate the project's 预算执行率 in percent, half-up to two decimals
 * @param total         the final points (the bureau's where it re-scored an item)
 * @param maxTotal      100 for a complete table
 * @param grade         优, 良, 中 or 差 on {@code total / maxTotal × 100}
 * @param selfTotal     the department's own total
 * @param items         the execution-rate item and every indicator with its formula
 */
public record ProjectScore(
        String code,
        String name,
        BigDecimal executionRate,
        BigDecimal total,
        BigDecimal maxTotal,
        String grade,
        BigDecimal selfTotal,
        List<ScoreItem> items) {

    public ProjectScore {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(total, "total");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
