package cn.budgetperf.budget.validation.domain;

import cn.budgetperf.budget.document.domain.SubmissionDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every structured rule of DESIGN §6.1, in the order they are listed and run. */
public final class RuleRegistry {

    private static final RuleRegistry STANDARD = new RuleRegistry(Stream.of(
                    TotalRules.all(), TableRules.all(), FunctionalRules.all(), ControlledExpenseRules.all(), CountRules.all(),
                    ProjectRules.all(), ScoreRules.all(), HoldingRules.all(), CopyRule.all())
            .flatMap(List::stream).toList());

    private final Map<String, Rule> rules;

    private RuleRegistry(List<Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byId.put(rule.definition().id(), rule) != null) {
                throw new IllegalStateException("duplicate rule id " + rule.definition().id());
            }
        }
        this.rules = byId;
    }

    public static RuleRegistry standard() {
        return STANDARD;
    }

    public List<RuleDefinition> definitions() {
        return rules.values().stream().map(Rule::definition).toList();
    }

    public Optional<RuleDefinition> definition(String id) {
        return Optional.ofNullable(rules.get(id)).map(Rule::definition);
    }

    /** Runs every rule; the findings come in registry order. */
    public List<Finding> validate(SubmissionDocument document, ClassificationCatalog catalog) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules.values()) {
            rule.check().run(document, catalog, new Emitter(rule.definition(), findings));
        }
        return List.copyOf(findings);
    }

    /** Runs one rule only (for its tests). */
    public List<Finding> validate(String ruleId, SubmissionDocument document, ClassificationCatalog catalog) {
        List<Finding> findings = new ArrayList<>();
        Rule rule = rules.get(ruleId);
        rule.check().run(document, catalog, new Emitter(rule.definition(), findings));
        return List.copyOf(findings);
    }
}
