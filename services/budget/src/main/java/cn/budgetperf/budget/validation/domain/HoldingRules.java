package cn.budgetperf.budget.validation.domain;

import static cn.budgetperf.budget.validation.domain.Category.ACCURACY;
import static cn.budgetperf.budget.validation.domain.Severity.ERROR;

import cn.budgetperf.budget.document.domain.AmountBreakdown;
import cn.budgetperf.budget.document.domain.Assets;
import cn.budgetperf.budget.document.domain.NamedAmount;
import cn.budgetperf.budget.document.domain.Procurement;
import cn.budgetperf.contracts.values.Money;
import java.util.List;

/** Procurement, assets and non-tax revenue: totals against their parts. */
final class HoldingRules {

    private HoldingRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("PROC-001", ACCURACY, ERROR, "政府采购支出总额与货物、工程、服务之和不符", "{label}" + SumCheck.TAIL,
                        List.of("procurement.total", "procurement.goods", "procurement.works", "procurement.services"),
                        (d, c, out) -> {
                            Procurement p = d.procurement();
                            if (p != null) {
                                SumCheck.one(out, "procurement.total", "政府采购支出总额", "", p.total(),
                                        List.of(Sums.Part.of(p.goods()), Sums.Part.of(p.works()), Sums.Part.of(p.services())), true);
                            }
                        }),
                Rule.of("PROC-002", ACCURACY, ERROR, "中小企业合同金额超出范围",
                        "{label}{amount}万元，超过了{limitLabel}{limit}万元。",
                        List.of("procurement.total", "procurement.smeContracts", "procurement.microContracts"),
                        (d, c, out) -> {
                            Procurement p = d.procurement();
                            if (p != null) {
                                notAbove(out, "procurement.smeContracts", "授予中小企业合同金额", p.smeContracts(), "政府采购支出总额", p.total());
                                notAbove(out, "procurement.microContracts", "授予小微企业合同金额", p.microContracts(),
                                        "授予中小企业合同金额", p.smeContracts());
                            }
                        }),
                Rule.of("AST-001", ACCURACY, ERROR, "资产配置合计与各类之和不符", "{label}" + SumCheck.TAIL,
                        List.of("assets.acquisitions.total", "assets.acquisitions.parts[]"),
                        (d, c, out) -> {
                            if (d.assets() != null) {
                                breakdown(out, "assets.acquisitions", "本年配置资产", d.assets().acquisitions());
                            }
                        }),
                Rule.of("AST-002", ACCURACY, ERROR, "固定资产净值超过原值",
                        "{label}{amount}万元，超过了{limitLabel}{limit}万元。",
                        List.of("assets.fixedAssetsNet", "assets.fixedAssetsOriginal"),
                        (d, c, out) -> {
                            Assets a = d.assets();
                            if (a != null) {
                                notAbove(out, "assets.fixedAssetsNet", "固定资产净值", a.fixedAssetsNet(), "固定资产原值",
                                        a.fixedAssetsOriginal());
                            }
                        }),
                Rule.of("NTR-001", ACCURACY, ERROR, "非税收入合计与明细之和不符", "{label}" + SumCheck.TAIL,
                        List.of("nonTaxRevenue.plan", "nonTaxRevenue.remitted"),
                        (d, c, out) -> {
                            if (d.nonTaxRevenue() != null) {
                                breakdown(out, "nonTaxRevenue.plan", "非税收入计划", d.nonTaxRevenue().plan());
                                breakdown(out, "nonTaxRevenue.remitted", "上缴非税收入", d.nonTaxRevenue().remitted());
                            }
                        }));
    }

    private static void breakdown(Emitter out, String path, String label, AmountBreakdown b) {
        if (b != null && !b.parts().isEmpty()) {
            SumCheck.one(out, path + ".total", label, "", b.total(),
                    b.parts().stream().map(NamedAmount::amount).map(Sums.Part::of).toList(), b.exhaustive());
        }
    }

    private static void notAbove(Emitter out, String location, String label, Money amount, String limitLabel, Money limit) {
        if (amount != null && limit != null && !Sums.agree(amount, limit, 1) && amount.compareTo(limit) > 0) {
            out.fire(location, "≤ " + limit, Fmt.exact(amount), "label", label, "amount", Fmt.wan(amount),
                    "limitLabel", limitLabel, "limit", Fmt.wan(limit));
        }
    }
}
