package cn.budgetperf.budget.validation.domain;

import java.util.List;

/**
 * A rule as the registry lists it.
 *
 * @param id       stable id, e.g. {@code INC-001}
 * @param category existence, accuracy, completeness or plausibility
 * @param severity what a finding of this rule blocks
 * @param title    a short Chinese title
 * @param template the Chinese message, with {@code {name}} placeholders filled in when the rule fires
 * @param fields   the document fields the rule reads
 */
public record RuleDefinition(String id, Category category, Severity severity, String title, String template,
                             List<String> fields) {

    public RuleDefinition {
        fields = List.copyOf(fields);
    }
}
