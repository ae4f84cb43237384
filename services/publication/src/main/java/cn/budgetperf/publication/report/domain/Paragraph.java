package cn.budgetperf.publication.report.domain;

/** One part of the generated 决算情况说明: its heading and its sentences. */
public record Paragraph(String heading, String text) {
}
