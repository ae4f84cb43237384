package cn.budgetperf.publication.report.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a standard table in 万元, as the department reported it; a column it did not report is
 * {@code null}.
 *
 * @param key             a stable key such as {@code generalPublicBudget}, or a classification code such as {@code 2012901}
 * @param name            the Chinese name, e.g. 一般公共预算财政拨款收入 or 行政运行
 * @param budget          年初预算数
 * @param adjustedBudget  调整后预算数
 * @param actual          决算数
 * @param priorYearActual 上年决算数
 */
public record Line(String key, String name, BigDecimal budget, BigDecimal adjustedBudget, BigDecimal actual,
                   BigDecimal priorYearActual) {

    public Line {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }

    /** The budget the execution is measured against: the adjusted one where there is one. */
    public BigDecimal fullBudget() {
        return adjustedBudget != null ? adjustedBudget : budget;
    }

    /** True when the department reported a non-zero final account on this line. */
    boolean hasActual() {
        return actual != null && actual.signum() != 0;
    }
}
