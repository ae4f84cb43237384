package cn.budgetperf.contracts.budget.v1;

import java.util.List;

/**
 * 部门概况 as submitted ({@code null} components when not reported, empty lists when not itemised).
 *
 * @param unitType               行政单位 / 参照公务员法管理的事业单位 / 事业单位 (Chinese label)
 * @param rank                   机构级别
 * @param fundingForm            经费保障形式
 * @param divisions              内设机构 names
 * @param subordinateUnits       下属预算单位数
 * @param authorizedHeadcount    编制数
 * @param actualHeadcount        实有人数
 * @param retirees               离退休人数
 * @param duties                 主要职责, one per entry, as written (since schema 3, additive)
 * @param subordinateUnitParts   下属预算单位 by type (since schema 3, additive)
 * @param authorizedHeadcountParts 编制数 by type, e.g. 公务员编制 (since schema 3, additive)
 * @param actualHeadcountParts   实有人数 by type (since schema 3, additive)
 */
public record ProfileSummary(String unitType, String rank, String fundingForm, List<String> divisions,
                             Integer subordinateUnits, Integer authorizedHeadcount, Integer actualHeadcount,
                             Integer retirees, List<String> duties, List<CountPart> subordinateUnitParts,
                             List<CountPart> authorizedHeadcountParts, List<CountPart> actualHeadcountParts) {

    public ProfileSummary {
        divisions = copy(divisions);
        duties = copy(duties);
        subordinateUnitParts = copy(subordinateUnitParts);
        authorizedHeadcountParts = copy(authorizedHeadcountParts);
        actualHeadcountParts = copy(actualHeadcountParts);
    }

    /** The schema 2 shape: totals only, no duties. */
    public ProfileSummary(String unitType, String rank, String fundingForm, List<String> divisions, Integer subordinateUnits,
                          Integer authorizedHeadcount, Integer actualHeadcount, Integer retirees) {
        this(unitType, rank, fundingForm, divisions, subordinateUnits, authorizedHeadcount, actualHeadcount, retirees,
                List.of(), List.of(), List.of(), List.of());
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
