package cn.budgetperf.publication.report.domain;

import static cn.budgetperf.publication.report.domain.Format.NOT_REPORTED;
import static cn.budgetperf.publication.report.domain.Format.amount;
import static cn.budgetperf.publication.report.domain.Format.change;
import static cn.budgetperf.publication.report.domain.Format.share;
import static cn.budgetperf.publication.report.domain.Format.two;
import static cn.budgetperf.publication.report.domain.Format.wan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 决算情况说明, generated sentence by sentence from the same lines the tables show, with the same
 * rounding (half-up, two decimals): totals, shares, year-on-year amounts and percentages. A paragraph
 * whose figures were not reported is left out rather than guessed; where a paragraph is written but an
 * amount in it was not reported, the sentence says 未填报 — a missing amount is never read as zero, so
 * no total, share or change is computed from it. A reported zero is stated as zero.
 */
final class Narrative {

    private final ReportFacts facts;
    private final Figures figures;
    private final int year;
    private final List<Paragraph> paragraphs = new ArrayList<>();

    private Narrative(ReportFacts facts) {
        this.facts = facts;
        this.figures = new Figures(facts.details());
        this.year = facts.fiscalYear();
    }

    static List<Paragraph> of(ReportFacts facts) {
        Narrative n = new Narrative(facts);
        n.overall();
        n.income();
        n.expenditure();
        n.fiscal();
        n.functional();
        n.basic();
        n.threePublic();
        n.funds();
        n.operating();
        n.procurement();
        n.score();
        return List.copyOf(n.paragraphs);
    }

    private void add(String heading, String text) {
        paragraphs.add(new Paragraph(heading, text));
    }

    private void overall() {
        StringBuilder s = new StringBuilder(year + "年度，" + facts.departmentName() + "本年收入合计" + amount(facts.incomeTotal())
                + "，本年支出合计" + amount(facts.expenditureTotal()) + "，全年预算数" + amount(facts.budgetTotal()) + "。");
        BigDecimal priorIncome = facts.incomeTotal() == null ? null : figures.incomeTotal().map(Line::priorYearActual).orElse(null);
        BigDecimal priorSpent = facts.expenditureTotal() == null ? null
                : figures.nature(Figures.TOTAL).map(Line::priorYearActual).orElse(null);
        if (priorIncome != null && priorSpent != null && same(priorIncome, priorSpent) && same(facts.incomeTotal(), facts.expenditureTotal())) {
            s.append("与").append(year - 1).append("年度的").append(wan(priorIncome)).append("万元相比，收入、支出合计各")
                    .append(change(facts.incomeTotal(), priorIncome)).append("。");
        } else {
            if (priorIncome != null) {
                s.append("本年收入合计较").append(year - 1).append("年度的").append(wan(priorIncome)).append("万元")
                        .append(change(facts.incomeTotal(), priorIncome)).append("。");
            }
            if (priorSpent != null) {
                s.append("本年支出合计较").append(year - 1).append("年度的").append(wan(priorSpent)).append("万元")
                        .append(change(facts.expenditureTotal(), priorSpent)).append("。");
            }
        }
        add("收入支出决算总体情况", s.toString());
    }

    private void income() {
        List<Line> parts = figures.incomeParts();
        if (!parts.isEmpty()) {
            add("收入决算情况", year + "年度本年收入合计" + wan(facts.incomeTotal()) + "万元" + partsOf(parts, facts.incomeTotal()) + "。");
        }
    }

    private void expenditure() {
        List<Line> parts = figures.natureParts();
        if (!parts.isEmpty()) {
            add("支出决算情况", year + "年度本年支出合计" + wan(facts.expenditureTotal()) + "万元" + partsOf(parts, facts.expenditureTotal()) + "。");
        }
    }

    private void fiscal() {
        List<Line> lines = figures.fiscalIncome();
        if (lines.isEmpty()) {
            return;
        }
        if (!Figures.allHaveActual(lines)) {
            add("财政拨款收入支出决算总体情况", notReported(year + "年度财政拨款收入", lines));
            return;
        }
        BigDecimal total = Figures.sumActual(lines);
        String s = year + "年度财政拨款收入" + wan(total) + "万元"
                + Format.percent(total, facts.incomeTotal()).map(p -> "，占本年收入合计的" + p.toPlainString() + "%").orElse("") + "。";
        if (Figures.allHavePrior(lines)) {
            s += "与" + (year - 1) + "年度相比，财政拨款收入" + change(total, Figures.sumPrior(lines)) + "。";
        }
        add("财政拨款收入支出决算总体情况", s);
    }

    private void functional() {
        List<Line> top = figures.functionalTop();
        if (top.isEmpty()) {
            return;
        }
        boolean general = figures.generalBudgetOnly();
        String subject = general ? "一般公共预算财政拨款支出" : "按功能分类的本年支出";
        String heading = general ? "一般公共预算财政拨款支出决算情况" : "支出决算结构情况（按功能分类）";
        if (!Figures.allHaveActual(top)) {
            boolean none = top.stream().allMatch(l -> l.actual() == null);
            add(heading, none ? year + "年度本部门未填报分功能科目决算数。" : notReported(year + "年度" + subject, top));
            return;
        }
        BigDecimal total = Figures.sumActual(top);
        StringBuilder s = new StringBuilder(year + "年度" + subject + wan(total) + "万元");
        if (general) {
            s.append("，占本年支出合计的").append(share(total, facts.expenditureTotal()));
        }
        if (top.stream().allMatch(l -> l.fullBudget() != null)) {
            BigDecimal budget = top.stream().map(Line::fullBudget).reduce(BigDecimal.ZERO, BigDecimal::add);
            s.append("，完成预算").append(share(total, budget));
        }
        s.append("。");
        if (Figures.allHavePrior(top)) {
            s.append("与").append(year - 1).append("年度的").append(wan(Figures.sumPrior(top))).append("万元相比，")
                    .append(subject).append(change(total, Figures.sumPrior(top))).append("。");
        }
        List<Line> used = top.stream().filter(Line::hasActual).toList();
        if (!used.isEmpty()) {
            s.append("主要用于以下方面：").append(list(used, l -> l.name() + wan(l.actual()) + "万元，占" + share(l.actual(), total)))
                    .append("。");
        }
        add(heading, s.toString());
    }

    private void basic() {
        figures.nature("basic").filter(l -> l.actual() != null).ifPresent(basic -> {
            List<Line> parts = new ArrayList<>();
            figures.nature("personnel").filter(l -> l.actual() != null).ifPresent(parts::add);
            figures.nature("publicFunds").filter(l -> l.actual() != null).ifPresent(parts::add);
            String of = parts.isEmpty() ? "" : "，其中：" + list(parts, l -> l.name() + wan(l.actual()) + "万元");
            add("基本支出决算情况", year + "年度基本支出" + wan(basic.actual()) + "万元" + of + "。");
        });
    }

    private void threePublic() {
        List<Line> parts = figures.threePublicParts();
        Optional<Line> totalLine = figures.threePublicTotal();
        if (parts.isEmpty() && totalLine.isEmpty()) {
            return;
        }
        BigDecimal reported = totalLine.map(Line::actual).orElse(null);
        BigDecimal total = reported != null || !Figures.allHaveActual(parts) ? reported : Figures.sumActual(parts);
        String heading = "财政拨款“三公”经费支出决算情况";
        if (total == null) {
            String of = parts.stream().anyMatch(l -> l.actual() != null) ? "其中：" + list(parts, l -> l.name() + amount(l.actual())) + "。" : "";
            add(heading, year + "年度“三公”经费财政拨款支出决算数" + NOT_REPORTED + "。" + of);
            return;
        }
        StringBuilder s = new StringBuilder(year + "年度“三公”经费财政拨款支出决算为" + wan(total) + "万元");
        totalLine.map(Line::fullBudget).filter(b -> b.signum() > 0).ifPresent(b -> s.append("，完成预算").append(share(total, b)));
        totalLine.map(Line::priorYearActual).ifPresent(p -> s.append("，较上年度").append(change(total, p)));
        s.append("。");
        if (total.signum() > 0 && !parts.isEmpty()) {
            s.append("其中：").append(list(parts, l -> l.actual() == null ? l.name() + NOT_REPORTED
                    : l.name() + wan(l.actual()) + "万元，占" + share(l.actual(), total))).append("。");
        }
        add(heading, s.toString());
    }

    private void funds() {
        if (figures.incomeParts().isEmpty()) {
            return;
        }
        String fund = figures.income("governmentFund").filter(Line::hasActual)
                .map(l -> year + "年度政府性基金预算财政拨款收入" + wan(l.actual()) + "万元。")
                .orElse(year + "年度本部门无政府性基金预算财政拨款收入、支出。");
        String capital = figures.income("stateCapital").filter(Line::hasActual)
                .map(l -> year + "年度国有资本经营预算财政拨款收入" + wan(l.actual()) + "万元。")
                .orElse(year + "年度本部门无国有资本经营预算财政拨款收入、支出。");
        add("政府性基金预算和国有资本经营预算财政拨款情况", fund + capital);
    }

    private void operating() {
        Optional<Line> costs = figures.controlled("operatingCosts").filter(l -> l.actual() != null);
        Optional<Line> meeting = figures.controlled("meeting").filter(l -> l.actual() != null);
        Optional<Line> training = figures.controlled("training").filter(l -> l.actual() != null);
        StringBuilder s = new StringBuilder();
        costs.ifPresent(l -> {
            s.append(year).append("年度机关运行经费支出").append(wan(l.actual())).append("万元");
            if (l.priorYearActual() != null) {
                s.append("，比").append(year - 1).append("年度").append(change(l.actual(), l.priorYearActual()));
            }
            s.append("。");
        });
        meeting.ifPresent(l -> s.append("会议费支出").append(wan(l.actual())).append("万元。"));
        training.ifPresent(l -> s.append("培训费支出").append(wan(l.actual())).append("万元。"));
        if (meeting.isPresent() || training.isPresent()) {
            s.append("会议费、培训费不属于“三公”经费。");
        }
        if (!s.isEmpty()) {
            add("机关运行经费及会议费、培训费", s.toString());
        }
    }

    private void procurement() {
        figures.procurement("total").filter(l -> l.actual() != null).ifPresent(total -> {
            StringBuilder s = new StringBuilder(year + "年度政府采购支出总额" + wan(total.actual()) + "万元");
            List<Line> kinds = java.util.stream.Stream.of("goods", "works", "services").map(figures::procurement)
                    .flatMap(Optional::stream).filter(l -> l.actual() != null).toList();
            if (!kinds.isEmpty()) {
                s.append("，其中：").append(list(kinds, l -> l.name() + wan(l.actual()) + "万元"));
            }
            s.append("。");
            figures.procurement("smeContracts").filter(l -> l.actual() != null).ifPresent(l -> s.append("授予中小企业合同金额")
                    .append(wan(l.actual())).append("万元，占政府采购支出总额的").append(share(l.actual(), total.actual())).append("。"));
            figures.procurement("microContracts").filter(l -> l.actual() != null).ifPresent(l -> s.append("其中授予小微企业合同金额")
                    .append(wan(l.actual())).append("万元，占政府采购支出总额的").append(share(l.actual(), total.actual())).append("。"));
            add("政府采购支出情况", s.toString());
        });
    }

    private void score() {
        facts.score().ifPresent(s -> {
            String text = "预算执行率为" + two(s.executionRate()) + "%，";
            if (s.reviewed()) {
                text += "部门自评得分" + two(s.selfTotal()) + "分（换算得分" + two(s.selfConverted()) + "分，“" + s.selfGrade()
                        + "”）；经财政部门复核，得分" + two(s.total()) + "分（满分" + two(s.max()) + "分），换算得分"
                        + two(s.converted()) + "分，评价等级为“" + s.grade() + "”。";
            } else {
                text += "自评得分" + two(s.total()) + "分（满分" + two(s.max()) + "分），换算得分" + two(s.converted())
                        + "分，评价等级为“" + s.grade() + "”。";
            }
            add("绩效自评情况", text);
        });
    }

    /** "，其中：A a万元，占p%；B b万元，占q%" over the parts with an amount; empty when none has one. */
    private static String partsOf(List<Line> parts, BigDecimal total) {
        List<Line> used = parts.stream().filter(Line::hasActual).toList();
        return used.isEmpty() ? "" : "，其中：" + list(used, l -> l.name() + wan(l.actual()) + "万元，占" + share(l.actual(), total));
    }

    /**
     * "2023年度财政拨款收入中，政府性基金预算财政拨款收入未填报决算数；已填报的：一般公共预算财政拨款收入100.00万元。" — the
     * reported lines alone, with no total, share or change computed over the missing ones.
     */
    private static String notReported(String subject, List<Line> lines) {
        List<Line> missing = lines.stream().filter(l -> l.actual() == null).toList();
        List<Line> given = lines.stream().filter(l -> l.actual() != null).toList();
        String s = subject + (given.isEmpty() ? "未填报决算数。"
                : "中，" + missing.stream().map(Line::name).collect(Collectors.joining("、")) + NOT_REPORTED + "决算数");
        return given.isEmpty() ? s : s + "；已填报的：" + list(given, l -> l.name() + amount(l.actual())) + "。";
    }

    private static String list(List<Line> lines, Function<Line, String> phrase) {
        return lines.stream().map(phrase).collect(Collectors.joining("；"));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.setScale(2, RoundingMode.HALF_UP).compareTo(b.setScale(2, RoundingMode.HALF_UP)) == 0;
    }
}
