package cn.budgetperf.budget.validation.domain;

import cn.budgetperf.budget.document.domain.SubmissionDocument;

/** A registered rule: its definition and the check that fires it. */
public record Rule(RuleDefinition definition, Check check) {

    /** The check of one rule over a document. */
    @FunctionalInterface
    public interface Check {
        void run(SubmissionDocument document, ClassificationCatalog catalog, Emitter out);
    }

    static Rule of(String id, Category category, Severity severity, String title, String template,
                   java.util.List<String> fields, Check check) {
        return new Rule(new RuleDefinition(id, category, severity, title, template, fields), check);
    }
}
