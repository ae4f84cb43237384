package cn.budgetperf.budget.reportcheck.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Checks the prose of a self-evaluation report (DESIGN §6.2): finds its figures and the claims between
 * them, recomputes each claim exactly, and returns the contradictions, each quoting its excerpt. A
 * consistent sentence gives no finding. Stateless and thread-safe.
 */
public final class ReportChecker {

    private static final List<Rule> RULES = List.of(new PartsSumRule(), new ShareRule(), new YearOnYearRule(),
            new SanGongRule(), new BudgetAdjustmentRule(), new ExecutionRule(), new CountListRule(), new DuplicateItemRule(),
            new ScoreTableRule(), new ScoreSectionsRule(), new MalformedNumberRule(), new ImplausibleUnitRule(),
            new CopiedFiguresRule());

    public CheckOutcome check(String text) {
        Report report = new Report(ReportText.of(text));
        Findings findings = new Findings(report);
        for (Rule rule : RULES) {
            rule.check(report, findings);
        }
        return new CheckOutcome(findings.sorted(), findings.claims());
    }

    /** Every rule the checker applies (the registry of DESIGN §6.3). */
    public static List<ReportRule> rules() {
        return Arrays.asList(ReportRule.values());
    }
}
