package cn.budgetperf.contracts.budget.v1;

import java.util.List;

/**
 * 部门概况 as submitted ({@code null} components when not reported).
 *
 * @param unitType            行政单位 / 参照公务员法管理的事业单位 / 事业单位 (Chinese label)
 * @param rank                机构级别
 * @param fundingForm         经费保障形式
 * @param divisions           内设机构 names
 * @param subordinateUnits    下属预算单位数
 * @param authorizedHeadcount 编制数
 * @param actualHeadcount     实有人数
 * @param retirees            离退休人数
 */
public record ProfileSummary(String unitType, String rank, String fundingForm, List<String> divisions,
                             Integer subordinateUnits, Integer authorizedHeadcount, Integer actualHeadcount,
                             Integer retirees) {

    public ProfileSummary {
        divisions = divisions == null ? List.of() : List.copyOf(divisions);
    }
}
