package cn.budgetperf.publication.report.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The page's charts: budget against final account, year on year, and the structures of income and spending. */
final class Charts {

    private Charts() {
    }

    static List<Chart> of(ReportFacts f) {
        Figures figures = new Figures(f.details());
        int year = f.fiscalYear();
        List<Chart> charts = new ArrayList<>();
        charts.add(Chart.of("chart-totals", "预算与决算总体情况（万元）",
                year + "年度全年预算数" + Format.amount(f.budgetTotal()) + "，本年收入合计" + Format.amount(f.incomeTotal())
                        + "，本年支出合计" + Format.amount(f.expenditureTotal()) + "。",
                List.of("全年预算数", "本年收入合计", "本年支出合计"), List.of(f.budgetTotal(), f.incomeTotal(), f.expenditureTotal()), ""));
        Optional<BigDecimal> priorIncome = figures.incomeTotal().map(Line::priorYearActual);
        Optional<BigDecimal> priorSpent = figures.nature(Figures.TOTAL).map(Line::priorYearActual);
        if (priorIncome.isPresent() && priorSpent.isPresent()) {
            charts.add(Chart.of("chart-yoy", "收入支出年度对比（万元）",
                    (year - 1) + "年度收入合计" + Format.wan(priorIncome.get()) + "万元、支出合计" + Format.wan(priorSpent.get()) + "万元；"
                            + year + "年度收入合计" + Format.wan(f.incomeTotal()) + "万元、支出合计" + Format.wan(f.expenditureTotal()) + "万元。",
                    List.of((year - 1) + "年度收入合计", year + "年度收入合计", (year - 1) + "年度支出合计", year + "年度支出合计"),
                    List.of(priorIncome.get(), f.incomeTotal(), priorSpent.get(), f.expenditureTotal()), ""));
        }
        structure("chart-income", "收入结构（万元）", "本年收入", figures.incomeParts(), f.incomeTotal()).ifPresent(charts::add);
        structure("chart-expenditure", "支出结构（按支出性质，万元）", "本年支出", figures.natureParts(), f.expenditureTotal()).ifPresent(charts::add);
        if (Figures.allHaveActual(figures.functionalTop())) {
            structure("chart-functional", "支出结构（按功能分类，万元）", "按功能分类的支出", figures.functionalTop(),
                    Figures.sumActual(figures.functionalTop())).ifPresent(charts::add);
        }
        return List.copyOf(charts);
    }

    private static Optional<Chart> structure(String id, String title, String subject, List<Line> parts, BigDecimal total) {
        List<Line> used = parts.stream().filter(Line::hasActual).toList();
        if (used.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder desc = new StringBuilder(subject + "合计" + Format.wan(total) + "万元，其中");
        used.forEach(l -> desc.append(l.name()).append(Format.wan(l.actual())).append("万元（").append(Format.share(l.actual(), total)).append("）、"));
        desc.setLength(desc.length() - 1);
        desc.append("。");
        return Optional.of(Chart.of(id, title, desc.toString(), used.stream().map(Line::name).toList(),
                used.stream().map(Line::actual).toList(), ""));
    }
}
