package cn.budgetperf.budget.validation.domain;

import static cn.budgetperf.budget.validation.domain.Category.ACCURACY;
import static cn.budgetperf.budget.validation.domain.Category.EXISTENCE;
import static cn.budgetperf.budget.validation.domain.Category.PLAUSIBILITY;
import static cn.budgetperf.budget.validation.domain.Severity.ERROR;
import static cn.budgetperf.budget.validation.domain.Severity.INFO;
import static cn.budgetperf.budget.validation.domain.Severity.WARNING;

import cn.budgetperf.budget.document.domain.Amounts;
import cn.budgetperf.budget.document.domain.Expenditure;
import cn.budgetperf.budget.document.domain.Figures;
import cn.budgetperf.budget.document.domain.Income;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.contracts.values.Money;
import java.math.BigDecimal;
import java.util.List;

/** The three totals, the 收入支出决算总表 identity, execution and balance rates, year on year. */
final class TotalRules {

    static final BigDecimal BALANCE_RATE_LIMIT = new BigDecimal("0.10");
    static final BigDecimal YEAR_ON_YEAR_LIMIT = new BigDecimal("0.30");

    private TotalRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("EXIST-001", EXISTENCE, ERROR, "本年收入合计未填写",
                        "未填写本年收入合计，收入决算表中也没有本年收入合计的决算数；报送前必须填写。",
                        List.of("figures.incomeTotal", "income.total.actual"),
                        (d, c, out) -> missing(out, d.effectiveFigures().incomeTotal(), "figures.incomeTotal")),
                Rule.of("EXIST-002", EXISTENCE, ERROR, "本年支出合计未填写",
                        "未填写本年支出合计，支出决算表中也没有本年支出合计的决算数；报送前必须填写。",
                        List.of("figures.expenditureTotal", "expenditure.total.actual"),
                        (d, c, out) -> missing(out, d.effectiveFigures().expenditureTotal(), "figures.expenditureTotal")),
                Rule.of("EXIST-003", EXISTENCE, ERROR, "全年预算数未填写",
                        "未填写全年预算数（调整后预算数），支出决算表和预算调整中也没有；报送前必须填写。",
                        List.of("figures.budgetTotal", "expenditure.total.adjustedBudget", "budgetAdjustment.adjusted"),
                        (d, c, out) -> missing(out, d.effectiveFigures().budgetTotal(), "figures.budgetTotal")),
                Rule.of("FIG-001", ACCURACY, ERROR, "填报的合计数与明细表不一致",
                        "{label}填报为{declared}万元，但{source}为{derived}万元。",
                        List.of("figures.incomeTotal", "figures.expenditureTotal", "figures.budgetTotal", "income.total.actual",
                                "expenditure.total.actual", "expenditure.total.adjustedBudget", "budgetAdjustment.adjusted"),
                        TotalRules::declaredAgainstTables),
                Rule.of("TOT-001", ACCURACY, ERROR, "收入支出决算总表不平衡",
                        "收入支出决算总表不平衡：本年收入合计＋使用非财政拨款结余＋年初结转和结余＝{left}万元，"
                                + "本年支出合计＋结余分配＋年末结转和结余＝{right}万元，相差{diff}万元。",
                        List.of("income.total.actual", "income.useOfNonFiscalBalance", "income.carryOverBeginning",
                                "expenditure.total.actual", "expenditure.balanceDistribution", "expenditure.carryOverEnd"),
                        TotalRules::identity),
                Rule.of("EXEC-001", ACCURACY, ERROR, "全年预算数为0但有支出",
                        "全年预算数为0，但本年支出合计为{spent}万元，无法计算预算执行率。",
                        List.of("figures.budgetTotal", "figures.expenditureTotal"),
                        (d, c, out) -> {
                            Figures f = d.effectiveFigures();
                            if (f.budgetTotal() != null && f.expenditureTotal() != null && f.budgetTotal().wanYuan().signum() == 0
                                    && f.expenditureTotal().wanYuan().signum() > 0) {
                                out.fire("figures.budgetTotal", "> 0", Fmt.exact(f.budgetTotal()), "spent", Fmt.wan(f.expenditureTotal()));
                            }
                        }),
                Rule.of("EXEC-002", PLAUSIBILITY, WARNING, "支出超过预算",
                        "本年支出合计{spent}万元超过全年预算数{budget}万元（执行率{rate}%），请说明原因。",
                        List.of("figures.budgetTotal", "figures.expenditureTotal"),
                        (d, c, out) -> {
                            Figures f = d.effectiveFigures();
                            if (positive(f.budgetTotal()) && f.expenditureTotal() != null
                                    && f.expenditureTotal().compareTo(f.budgetTotal()) > 0) {
                                out.fire("figures.expenditureTotal", "≤ " + f.budgetTotal(), Fmt.exact(f.expenditureTotal()),
                                        "spent", Fmt.wan(f.expenditureTotal()), "budget", Fmt.wan(f.budgetTotal()),
                                        "rate", Fmt.percent(f.expenditureTotal().wanYuan(), f.budgetTotal().wanYuan()));
                            }
                        }),
                Rule.of("EXEC-003", PLAUSIBILITY, WARNING, "结余率超过10%",
                        "结余率{rate}%超过10%：全年预算数{budget}万元，本年支出合计{spent}万元，结余{balance}万元。请说明原因。",
                        List.of("figures.budgetTotal", "figures.expenditureTotal"),
                        (d, c, out) -> {
                            Figures f = d.effectiveFigures();
                            balanceRate(out, "figures.expenditureTotal", f.budgetTotal(), f.expenditureTotal());
                        }),
                Rule.of("YOY-001", PLAUSIBILITY, INFO, "与上年相比变动30%以上",
                        "{label}{actual}万元，上年{prior}万元，{direction}{change}万元（{rate}%），变动超过30%，请在情况说明中说明原因。",
                        List.of("income.total.actual", "income.total.priorYearActual", "expenditure.total.actual",
                                "expenditure.total.priorYearActual"),
                        (d, c, out) -> {
                            if (d.income() != null) {
                                yearOnYear(out, "income.total", "本年收入合计", d.income().total());
                            }
                            if (d.expenditure() != null) {
                                yearOnYear(out, "expenditure.total", "本年支出合计", d.expenditure().total());
                            }
                        }));
    }

    private static void missing(Emitter out, Money value, String location) {
        if (value == null) {
            out.fire(location, "已填写", null);
        }
    }

    private static void declaredAgainstTables(SubmissionDocument d, ClassificationCatalog c, Emitter out) {
        Figures declared = d.figures();
        Income income = d.income();
        Expenditure spent = d.expenditure();
        compare(out, "figures.incomeTotal", "本年收入合计", declared.incomeTotal(), "收入决算表的本年收入合计",
                income == null || income.total() == null ? null : income.total().actual());
        compare(out, "figures.expenditureTotal", "本年支出合计", declared.expenditureTotal(), "支出决算表的本年支出合计",
                spent == null || spent.total() == null ? null : spent.total().actual());
        compare(out, "figures.budgetTotal", "全年预算数", declared.budgetTotal(), "支出决算表的调整后预算数",
                spent == null || spent.total() == null ? null : spent.total().adjustedBudget());
        compare(out, "figures.budgetTotal", "全年预算数", declared.budgetTotal(), "预算调整后的预算数",
                d.budgetAdjustment() == null ? null : d.budgetAdjustment().adjusted());
    }

    private static void compare(Emitter out, String location, String label, Money declared, String source, Money derived) {
        if (declared != null && derived != null && !Sums.agree(declared, derived, 1)) {
            out.fire(location, Fmt.exact(derived), Fmt.exact(declared), "label", label, "declared", Fmt.wan(declared),
                    "source", source, "derived", Fmt.wan(derived));
        }
    }

    private static void identity(SubmissionDocument d, ClassificationCatalog c, Emitter out) {
        Income income = d.income();
        Expenditure spent = d.expenditure();
        if (income == null || spent == null || income.total() == null || spent.total() == null
                || income.total().actual() == null || spent.total().actual() == null
                || income.carryOverBeginning() == null || spent.carryOverEnd() == null) {
            return;
        }
        List<Money> left = List.of(income.total().actual(), orZero(income.useOfNonFiscalBalance()), income.carryOverBeginning());
        List<Money> right = List.of(spent.total().actual(), orZero(spent.balanceDistribution()), spent.carryOverEnd());
        Money l = Sums.sum(left);
        Money r = Sums.sum(right);
        int addends = (int) java.util.stream.Stream.concat(left.stream(), right.stream()).filter(m -> m.wanYuan().signum() != 0).count();
        if (!Sums.agree(l, r, addends)) {
            out.fire("expenditure.carryOverEnd", Fmt.exact(l), Fmt.exact(r), "left", Fmt.wan(l), "right", Fmt.wan(r),
                    "diff", Fmt.wan(l.minus(r).wanYuan().abs()));
        }
    }

    static void balanceRate(Emitter out, String location, Money budget, Money spent) {
        if (!positive(budget) || spent == null || spent.compareTo(budget) >= 0) {
            return;
        }
        BigDecimal balance = budget.wanYuan().subtract(spent.wanYuan());
        if (balance.compareTo(budget.wanYuan().multiply(BALANCE_RATE_LIMIT)) > 0) {
            out.fire(location, "结余率 ≤ 10%", Fmt.percent(balance, budget.wanYuan()) + "%",
                    "rate", Fmt.percent(balance, budget.wanYuan()), "budget", Fmt.wan(budget), "spent", Fmt.wan(spent),
                    "balance", Fmt.wan(balance));
        }
    }

    private static void yearOnYear(Emitter out, String path, String label, Amounts total) {
        if (total == null || total.actual() == null || !positive(total.priorYearActual())) {
            return;
        }
        BigDecimal change = total.actual().wanYuan().subtract(total.priorYearActual().wanYuan());
        if (change.abs().compareTo(total.priorYearActual().wanYuan().multiply(YEAR_ON_YEAR_LIMIT)) >= 0) {
            out.fire(path + ".actual", "变动 < 30%", Fmt.percent(change, total.priorYearActual().wanYuan()) + "%",
                    "label", label, "actual", Fmt.wan(total.actual()), "prior", Fmt.wan(total.priorYearActual()),
                    "direction", change.signum() >= 0 ? "增加" : "减少", "change", Fmt.wan(change.abs()),
                    "rate", Fmt.percent(change.abs(), total.priorYearActual().wanYuan()));
        }
    }

    static boolean positive(Money m) {
        return m != null && m.wanYuan().signum() > 0;
    }

    private static Money orZero(Money m) {
        return m == null ? Money.ZERO : m;
    }
}
