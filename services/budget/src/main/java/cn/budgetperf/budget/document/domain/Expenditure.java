package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.Money;
import java.util.List;

/**
 * 支出 by economic nature, the total, and the two balance lines of the 收入支出决算总表 (final-account column).
 */
public record Expenditure(
        Amounts basic,
        Amounts personnel,
        Amounts publicFunds,
        Amounts project,
        Amounts remittanceToSuperior,
        Amounts operating,
        Amounts subsidyToSubordinate,
        Amounts total,
        Money balanceDistribution,
        Money carryOverEnd) {

    public Expenditure {
        balanceDistribution = Checks.amount(balanceDistribution, "结余分配");
        carryOverEnd = Checks.amount(carryOverEnd, "年末结转和结余");
    }

    public Line basicLine() {
        return new Line("expenditure.basic", "基本支出", basic);
    }

    /** 基本支出 = 人员经费 + 公用经费. */
    public List<Line> basicParts() {
        return List.of(new Line("expenditure.personnel", "人员经费", personnel),
                new Line("expenditure.publicFunds", "公用经费", publicFunds));
    }

    /** The natures other than 基本支出 that make up the total. */
    public List<Line> otherNatures() {
        return List.of(
                new Line("expenditure.project", "项目支出", project),
                new Line("expenditure.remittanceToSuperior", "上缴上级支出", remittanceToSuperior),
                new Line("expenditure.operating", "经营支出", operating),
                new Line("expenditure.subsidyToSubordinate", "对附属单位补助支出", subsidyToSubordinate));
    }

    public Line totalLine() {
        return new Line("expenditure.total", "本年支出合计", total);
    }

    public List<Line> lines() {
        return java.util.stream.Stream.of(List.of(basicLine()), basicParts(), otherNatures(), List.of(totalLine()))
                .flatMap(List::stream).toList();
    }
}
