package cn.budgetperf.budget.reportcheck.domain;

import java.util.List;

/**
 * A sentence of the report (up to 。！？, a line break, or a ； before a new item such as （2）) and the
 * quantities in it, in order.
 */
record Sentence(int index, int start, int end, int lineStart, List<Quantity> quantities) {

    boolean sameLineAs(Sentence other) {
        return lineStart == other.lineStart;
    }
}
