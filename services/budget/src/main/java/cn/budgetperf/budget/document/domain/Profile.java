package cn.budgetperf.budget.document.domain;

import java.util.List;

/**
 * 部门概况.
 *
 * @param unitType         行政单位 / 参公 / 事业单位
 * @param rank             机构级别, e.g. 正科级
 * @param fundingForm      经费保障形式, e.g. 财政拨款
 * @param divisions        内设机构（股室）names
 * @param divisionCount    the stated number of divisions
 * @param subordinateUnits 下属预算单位 by type
 * @param authorizedStaff  编制数 by type
 * @param actualStaff      实有人数 by type
 * @param retirees         离退休人数
 * @param duties           主要职责, one per entry, as the department writes them in its 部门概况
 */
public record Profile(UnitType unitType, String rank, String fundingForm, List<String> divisions, Integer divisionCount,
                      CountBreakdown subordinateUnits, CountBreakdown authorizedStaff, CountBreakdown actualStaff,
                      Integer retirees, List<String> duties) {

    public Profile {
        rank = Checks.text(rank, 50, "机构级别");
        fundingForm = Checks.text(fundingForm, 50, "经费保障形式");
        divisions = Checks.texts(divisions, 100, "内设机构");
        divisionCount = Checks.count(divisionCount, "内设机构数");
        retirees = Checks.count(retirees, "离退休人数");
        duties = Checks.texts(duties, 500, "主要职责");
    }

    /** A profile without 主要职责. */
    public Profile(UnitType unitType, String rank, String fundingForm, List<String> divisions, Integer divisionCount,
                   CountBreakdown subordinateUnits, CountBreakdown authorizedStaff, CountBreakdown actualStaff, Integer retirees) {
        this(unitType, rank, fundingForm, divisions, divisionCount, subordinateUnits, authorizedStaff, actualStaff, retirees, List.of());
    }
}
