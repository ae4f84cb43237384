package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number that cannot be read as one value, such as {@code 189.67190.2万元}: two decimal points.
 *
 * @param readings the ways it splits into two numbers run together, the one whose first number has
 *                 two decimals first
 */
record Malformed(int start, int end, String written, Unit unit, List<Reading> readings) {

    /** One way to split the written digits into two numbers. */
    record Reading(BigDecimal first, BigDecimal second) {
    }
}
