package cn.budgetperf.budget.document.domain;

import cn.budgetperf.contracts.values.Money;

/**
 * 国有资产占有使用情况 at year end.
 *
 * @param totalAssets             资产总额
 * @param totalLiabilities        负债总额
 * @param fixedAssetsOriginal     固定资产账面原值
 * @param fixedAssetsNet          固定资产账面净值
 * @param vehicles                车辆 by use (主要负责人用车, 机要通信用车, 应急保障用车, 其他用车 …)
 * @param equipmentOverOneMillion 单价100万元（含）以上设备（不含车辆）台（套）数
 * @param acquisitions            本年配置资产 by category
 */
public record Assets(Money totalAssets, Money totalLiabilities, Money fixedAssetsOriginal, Money fixedAssetsNet,
                     CountBreakdown vehicles, Integer equipmentOverOneMillion, AmountBreakdown acquisitions) {

    public Assets {
        totalAssets = Checks.amount(totalAssets, "资产总额");
        totalLiabilities = Checks.amount(totalLiabilities, "负债总额");
        fixedAssetsOriginal = Checks.amount(fixedAssetsOriginal, "固定资产原值");
        fixedAssetsNet = Checks.amount(fixedAssetsNet, "固定资产净值");
        equipmentOverOneMillion = Checks.count(equipmentOverOneMillion, "单价100万元以上设备数");
    }
}
