package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.Money;

/**
 * 政府采购支出 (final account): by kind, and the contract amounts awarded to small and medium-sized
 * enterprises and, among them, to small and micro enterprises.
 */
public record Procurement(Money goods, Money works, Money services, Money total, Money smeContracts,
                          Money microContracts) {

    public Procurement {
        goods = Checks.amount(goods, "政府采购货物支出");
        works = Checks.amount(works, "政府采购工程支出");
        services = Checks.amount(services, "政府采购服务支出");
        total = Checks.amount(total, "政府采购支出总额");
        smeContracts = Checks.amount(smeContracts, "授予中小企业合同金额");
        microContracts = Checks.amount(microContracts, "授予小微企业合同金额");
    }
}
