package cn.budgetperf.budget.validation.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where one rule reports its findings: fills in the rule's template and records the finding. */
public final class Emitter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private final RuleDefinition rule;
    private final List<Finding> findings;

    Emitter(RuleDefinition rule, List<Finding> findings) {
        this.rule = rule;
        this.findings = findings;
    }

    /**
     * Records a finding.
     *
     * @param params the template's values as name, value pairs
     */
    public void fire(String location, String expected, String actual, Object... params) {
        findings.add(new Finding(rule.id(), rule.severity(), render(rule.template(), params), location, expected, actual));
    }

    static String render(String template, Object... params) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(valueOf(m.group(1), params)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String valueOf(String name, Object... params) {
        for (int i = 0; i + 1 < params.length; i += 2) {
            if (name.equals(params[i])) {
                return String.valueOf(params[i + 1]);
            }
        }
        throw new IllegalStateException("模板参数缺失: " + name);
    }
}
