package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.Money;
import java.util.List;

/**
 * 收入 by source, each with its columns, the 财政拨款 subtotal where only that is reported, the total,
 * and the two balance lines of the 收入支出决算总表 (final-account column).
 */
public record Income(
        Amounts generalPublicBudget,
        Amounts governmentFund,
        Amounts stateCapital,
        Amounts fiscalAppropriation,
        Amounts fiscalSpecialAccount,
        Amounts superiorSubsidy,
        Amounts businessIncome,
        Amounts operatingIncome,
        Amounts subordinateRemittance,
        Amounts other,
        Amounts total,
        Money useOfNonFiscalBalance,
        Money carryOverBeginning) {

    public Income {
        useOfNonFiscalBalance = Checks.amount(useOfNonFiscalBalance, "使用非财政拨款结余");
        carryOverBeginning = Checks.amount(carryOverBeginning, "年初结转和结余");
    }

    /** 财政拨款收入 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款. */
    public List<Line> fiscalParts() {
        return List.of(
                new Line("income.generalPublicBudget", "一般公共预算财政拨款收入", generalPublicBudget),
                new Line("income.governmentFund", "政府性基金预算财政拨款收入", governmentFund),
                new Line("income.stateCapital", "国有资本经营预算财政拨款收入", stateCapital));
    }

    public Line fiscal() {
        return new Line("income.fiscalAppropriation", "财政拨款收入", fiscalAppropriation);
    }

    /** The sources other than 财政拨款. */
    public List<Line> otherSources() {
        return List.of(
                new Line("income.fiscalSpecialAccount", "财政专户管理资金收入", fiscalSpecialAccount),
                new Line("income.superiorSubsidy", "上级补助收入", superiorSubsidy),
                new Line("income.businessIncome", "事业收入", businessIncome),
                new Line("income.operatingIncome", "经营收入", operatingIncome),
                new Line("income.subordinateRemittance", "附属单位上缴收入", subordinateRemittance),
                new Line("income.other", "其他收入", other));
    }

    public Line totalLine() {
        return new Line("income.total", "本年收入合计", total);
    }

    /** Every line of the income table, in the order of the standard table. */
    public List<Line> lines() {
        return java.util.stream.Stream.of(fiscalParts(), List.of(fiscal()), otherSources(), List.of(totalLine()))
                .flatMap(List::stream).toList();
    }
}
