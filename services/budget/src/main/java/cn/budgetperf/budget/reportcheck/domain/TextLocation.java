package cn.budgetperf.budget.reportcheck.domain;

/**
 * Where a finding comes from: character offsets into the report text as given (start inclusive, end
 * exclusive), the 1-based line, and the quoted excerpt.
 */
public record TextLocation(int start, int end, int line, String excerpt) {
}
