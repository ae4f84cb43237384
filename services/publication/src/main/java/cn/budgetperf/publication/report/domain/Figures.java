package cn.budgetperf.publication.report.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the detailed tables the way the prose, the tables and the charts all need them, so that the
 * three cannot disagree: which lines are parts and which are totals, the classification levels, and
 * whether every yuan spent came from the general public budget.
 */
final class Figures {

    static final String TOTAL = "total";
    private static final Set<String> FISCAL_PARTS = Set.of("generalPublicBudget", "governmentFund", "stateCapital");
    private static final Set<String> BASIC_PARTS = Set.of("personnel", "publicFunds");

    private final Details details;

    Figures(Details details) {
        this.details = details;
    }

    /** The income sources that add up to 本年收入合计 (the 财政拨款 subtotal only where it is not broken down). */
    List<Line> incomeParts() {
        boolean brokenDown = details.income().stream().anyMatch(l -> FISCAL_PARTS.contains(l.key()));
        return details.income().stream().filter(l -> !TOTAL.equals(l.key()))
                .filter(l -> !(brokenDown && "fiscalAppropriation".equals(l.key()))).toList();
    }

    /** The fiscal appropriation lines: the three budgets, or the subtotal where only that was reported. */
    List<Line> fiscalIncome() {
        List<Line> parts = details.income().stream().filter(l -> FISCAL_PARTS.contains(l.key())).toList();
        return parts.isEmpty() ? details.income().stream().filter(l -> "fiscalAppropriation".equals(l.key())).toList() : parts;
    }

    Optional<Line> income(String key) {
        return details.income().stream().filter(l -> key.equals(l.key())).findFirst();
    }

    Optional<Line> incomeTotal() {
        return income(TOTAL);
    }

    /** The natures that add up to 本年支出合计 (人员经费 and 公用经费 are parts of 基本支出). */
    List<Line> natureParts() {
        return details.expenditureByNature().stream().filter(l -> !TOTAL.equals(l.key()) && !BASIC_PARTS.contains(l.key())).toList();
    }

    Optional<Line> nature(String key) {
        return details.expenditureByNature().stream().filter(l -> key.equals(l.key())).findFirst();
    }

    /** Every classification line, by code (类 before its 款 before its 项). */
    List<Line> functional() {
        return details.functional().stream().sorted(Comparator.comparing(Line::key)).toList();
    }

    /** The top level present: the 类 lines, else the 款, else the 项. */
    List<Line> functionalTop() {
        int top = details.functional().stream().mapToInt(l -> l.key().length()).min().orElse(0);
        return functional().stream().filter(l -> l.key().length() == top).toList();
    }

    static int level(Line classification) {
        return switch (classification.key().length()) {
            case 3 -> 0;
            case 5 -> 1;
            default -> 2;
        };
    }

    /**
     * True when the department reported its income by source and all of it is 一般公共预算财政拨款: then its
     * functional classification is its 一般公共预算财政拨款支出.
     */
    boolean generalBudgetOnly() {
        List<Line> parts = incomeParts();
        return parts.stream().anyMatch(l -> "generalPublicBudget".equals(l.key()) && l.hasActual())
                && parts.stream().filter(l -> !"generalPublicBudget".equals(l.key())).noneMatch(Line::hasActual);
    }

    Optional<Line> threePublicTotal() {
        return details.threePublic().stream().filter(l -> TOTAL.equals(l.key())).findFirst();
    }

    List<Line> threePublicParts() {
        return details.threePublic().stream().filter(l -> !TOTAL.equals(l.key())).toList();
    }

    Optional<Line> controlled(String key) {
        return details.controlled().stream().filter(l -> key.equals(l.key())).findFirst();
    }

    Optional<Line> procurement(String key) {
        return details.procurement().stream().filter(l -> key.equals(l.key())).findFirst();
    }

    static BigDecimal sumActual(List<Line> lines) {
        return lines.stream().map(Line::actual).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal sumPrior(List<Line> lines) {
        return lines.stream().map(Line::priorYearActual).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** True when every line carries its 决算数 (a reported zero counts; a missing amount does not). */
    static boolean allHaveActual(List<Line> lines) {
        return !lines.isEmpty() && lines.stream().allMatch(l -> l.actual() != null);
    }

    static boolean allHavePrior(List<Line> lines) {
        return !lines.isEmpty() && lines.stream().allMatch(l -> l.priorYearActual() != null);
    }

    Details details() {
        return details;
    }
}
