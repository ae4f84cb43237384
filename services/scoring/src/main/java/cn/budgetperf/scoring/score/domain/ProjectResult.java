package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's score: the execution-rate item (10) and its indicators (90).
 *
 * @param code          项目编码
 * @param name          项目名称
 * @param executionRate its execution rate
 * @param items         the items, execution rate first
 * @param self          the department's own card
 * @param fin           the final card (the bureau's where it re-scored)
 */
public record ProjectResult(String code, String name, ExecutionRate executionRate, List<ScoredItem> items, Scorecard self,
                            Scorecard fin) {

    public ProjectResult {
        items = List.copyOf(items);
    }

    public BigDecimal total() {
        return fin.total();
    }
}
