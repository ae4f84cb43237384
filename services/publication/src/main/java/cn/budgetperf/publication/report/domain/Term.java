package cn.budgetperf.publication.report.domain;

/** One entry of the 名词解释: a term and its explanation. */
public record Term(String term, String explanation) {
}
