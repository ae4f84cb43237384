package cn.budgetperf.budget.validation.domain;

import java.util.List;

/** docs/rules.md, written from the registry so that the page can never disagree with the code. */
public final class RulesMarkdown {

    private RulesMarkdown() {
    }

    public static String render(RuleRegistry registry) {
        List<RuleDefinition> rules = registry.definitions();
        StringBuilder md = new StringBuilder();
        md.append("# Validation rules of the budget service\n\n")
                .append("Generated from `RuleRegistry` (services/budget, `cn.budgetperf.budget.validation.domain`); ")
                .append("`RulesDocumentTest` fails when this page and the registry differ ")
                .append("(regenerate with `mvn -pl services/budget test -Dtest=RulesDocumentTest -Drules.write=true`).\n\n")
                .append("Every rule runs on every save, on `POST /api/budget/validate` and before submission. ")
                .append("**ERROR** blocks submission until fixed; **WARNING** blocks it until the department explains it ")
                .append("(`POST /api/budget/submissions/{id}/explanations`, shown to the bureau with the finding); ")
                .append("**INFO** never blocks. A code outside the functional classification (FUN-001) is refused on save ")
                .append("(400, nothing stored) and reported as a finding by `validate`.\n\n")
                .append("Sums are compared with a tolerance of 0.005 万元 per non-zero addend (each addend is rounded to the fen on ")
                .append("its own). A part that is not reported is unknown: the parts can still exceed the total, but they can fall ")
                .append("short of it only when every part is known and the list is complete (`complete` is not `false`).\n\n")
                .append("The indicator rules of DESIGN §6.1 (a project's indicator weights sum to 90; every quantitative indicator ")
                .append("has a target, a unit and an actual) belong to the goals, which live in the indicator service: its ")
                .append("`IndicatorChecks` refuses goals that break them. The narrative report is checked by the report checker ")
                .append("([report-check.md](report-check.md)).\n\n")
                .append(rules.size()).append(" rules. Categories: ");
        for (Category c : Category.values()) {
            md.append(c.name().toLowerCase(java.util.Locale.ROOT)).append(" (").append(c.label()).append(": ").append(c.meaning())
                    .append(c.ordinal() < Category.values().length - 1 ? "), " : ").\n\n");
        }
        md.append("| id | category | severity | rule | message template | fields read |\n")
                .append("|---|---|---|---|---|---|\n");
        for (RuleDefinition r : rules) {
            md.append("| ").append(r.id())
                    .append(" | ").append(r.category().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(r.severity().name())
                    .append(" | ").append(r.title())
                    .append(" | ").append(r.template().replace("|", "\\|"))
                    .append(" | ").append(String.join("<br>", r.fields().stream().map(f -> "`" + f + "`").toList()))
                    .append(" |\n");
        }
        return md.toString();
    }
}
