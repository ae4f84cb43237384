package cn.budgetperf.budget.workbook.adapter.excel;

import static cn.budgetperf.budget.workbook.adapter.excel.Kind.COUNT;
import static cn.budgetperf.budget.workbook.adapter.excel.Kind.MONEY;
import static cn.budgetperf.budget.workbook.adapter.excel.Kind.POINTS;
import static cn.budgetperf.budget.workbook.adapter.excel.Kind.PROJECT_KIND;
import static cn.budgetperf.budget.workbook.adapter.excel.Kind.TEXT;
import static cn.budgetperf.budget.workbook.adapter.excel.Kind.TEXT_LIST;
import static cn.budgetperf.budget.workbook.adapter.excel.Kind.UNIT_TYPE;
import static cn.budgetperf.budget.workbook.adapter.excel.Kind.YES_NO;

import java.util.List;

/** The workbook's sheets, in the order of the standard tables of a 部门决算. */
final class WorkbookLayout {

    static final List<String> AMOUNT_COLUMNS = List.of("budget", "adjustedBudget", "actual", "priorYearActual");
    static final List<String> AMOUNT_HEADERS = List.of("年初预算数", "调整后预算数", "决算数", "上年决算数");

    static final List<SheetSpec> SHEETS = List.of(
            new SheetSpec.Fields("封面", List.of(
                    new Field("departmentCode", "部门编码", TEXT),
                    new Field("departmentName", "部门名称", TEXT),
                    new Field("fiscalYear", "年度", COUNT),
                    new Field("figures.incomeTotal", "本年收入合计（万元）", MONEY),
                    new Field("figures.expenditureTotal", "本年支出合计（万元）", MONEY),
                    new Field("figures.budgetTotal", "全年预算数（万元）", MONEY))),
            new SheetSpec.Fields("部门概况", List.of(
                    new Field("profile.unitType", "单位类型", UNIT_TYPE),
                    new Field("profile.rank", "机构级别", TEXT),
                    new Field("profile.fundingForm", "经费保障形式", TEXT),
                    new Field("profile.divisions", "内设机构（用、分隔）", TEXT_LIST),
                    new Field("profile.divisionCount", "内设机构数", COUNT),
                    new Field("profile.subordinateUnits.total", "下属预算单位数", COUNT),
                    new Field("profile.authorizedStaff.total", "编制数", COUNT),
                    new Field("profile.actualStaff.total", "实有人数", COUNT),
                    new Field("profile.retirees", "离退休人数", COUNT))),
            new SheetSpec.AmountRows("收入决算表", List.of(
                    new Field("income.generalPublicBudget", "一般公共预算财政拨款收入", MONEY),
                    new Field("income.governmentFund", "政府性基金预算财政拨款收入", MONEY),
                    new Field("income.stateCapital", "国有资本经营预算财政拨款收入", MONEY),
                    new Field("income.fiscalAppropriation", "财政拨款收入（小计，仅在不分列时填写）", MONEY),
                    new Field("income.fiscalSpecialAccount", "财政专户管理资金收入", MONEY),
                    new Field("income.superiorSubsidy", "上级补助收入", MONEY),
                    new Field("income.businessIncome", "事业收入", MONEY),
                    new Field("income.operatingIncome", "经营收入", MONEY),
                    new Field("income.subordinateRemittance", "附属单位上缴收入", MONEY),
                    new Field("income.other", "其他收入", MONEY),
                    new Field("income.total", "本年收入合计", MONEY))),
            new SheetSpec.AmountRows("支出决算表", List.of(
                    new Field("expenditure.basic", "基本支出", MONEY),
                    new Field("expenditure.personnel", "其中：人员经费", MONEY),
                    new Field("expenditure.publicFunds", "其中：公用经费", MONEY),
                    new Field("expenditure.project", "项目支出", MONEY),
                    new Field("expenditure.remittanceToSuperior", "上缴上级支出", MONEY),
                    new Field("expenditure.operating", "经营支出", MONEY),
                    new Field("expenditure.subsidyToSubordinate", "对附属单位补助支出", MONEY),
                    new Field("expenditure.total", "本年支出合计", MONEY))),
            new SheetSpec.Fields("收支总表和预算调整", List.of(
                    new Field("income.useOfNonFiscalBalance", "使用非财政拨款结余（万元）", MONEY),
                    new Field("income.carryOverBeginning", "年初结转和结余（万元）", MONEY),
                    new Field("expenditure.balanceDistribution", "结余分配（万元）", MONEY),
                    new Field("expenditure.carryOverEnd", "年末结转和结余（万元）", MONEY),
                    new Field("budgetAdjustment.initial", "年初预算数（万元）", MONEY),
                    new Field("budgetAdjustment.additions", "追加预算数（万元）", MONEY),
                    new Field("budgetAdjustment.reductions", "调减预算数（万元）", MONEY),
                    new Field("budgetAdjustment.adjusted", "调整后预算数（万元）", MONEY))),
            new SheetSpec.Table("支出功能分类", "functionalLines", List.of(
                    new Field("code", "科目编码", TEXT),
                    new Field("name", "科目名称", TEXT),
                    new Field("budget", "年初预算数", MONEY),
                    new Field("adjustedBudget", "调整后预算数", MONEY),
                    new Field("actual", "决算数", MONEY),
                    new Field("priorYearActual", "上年决算数", MONEY))),
            new SheetSpec.AmountRows("三公经费", List.of(
                    new Field("threePublic.abroad", "因公出国（境）费", MONEY),
                    new Field("threePublic.vehiclePurchase", "公务用车购置费", MONEY),
                    new Field("threePublic.vehicleOperation", "公务用车运行维护费", MONEY),
                    new Field("threePublic.reception", "公务接待费", MONEY),
                    new Field("threePublic.total", "'三公'经费合计", MONEY),
                    new Field("meeting", "会议费（不属于'三公'）", MONEY),
                    new Field("training", "培训费（不属于'三公'）", MONEY),
                    new Field("operatingCosts", "机关运行经费", MONEY))),
            new SheetSpec.Fields("采购资产及其他", List.of(
                    new Field("threePublic.abroadGroups", "因公出国（境）团组数", COUNT),
                    new Field("threePublic.abroadPersons", "因公出国（境）人次", COUNT),
                    new Field("threePublic.receptionBatches", "公务接待批次", COUNT),
                    new Field("threePublic.receptionPersons", "公务接待人次", COUNT),
                    new Field("threePublic.vehicleCount", "公务用车保有量", COUNT),
                    new Field("procurement.goods", "政府采购货物支出（万元）", MONEY),
                    new Field("procurement.works", "政府采购工程支出（万元）", MONEY),
                    new Field("procurement.services", "政府采购服务支出（万元）", MONEY),
                    new Field("procurement.total", "政府采购支出总额（万元）", MONEY),
                    new Field("procurement.smeContracts", "授予中小企业合同金额（万元）", MONEY),
                    new Field("procurement.microContracts", "其中授予小微企业合同金额（万元）", MONEY),
                    new Field("assets.totalAssets", "资产总额（万元）", MONEY),
                    new Field("assets.totalLiabilities", "负债总额（万元）", MONEY),
                    new Field("assets.fixedAssetsOriginal", "固定资产原值（万元）", MONEY),
                    new Field("assets.fixedAssetsNet", "固定资产净值（万元）", MONEY),
                    new Field("assets.vehicles.total", "车辆数", COUNT),
                    new Field("assets.equipmentOverOneMillion", "单价100万元以上设备（台、套）", COUNT),
                    new Field("assets.acquisitions.total", "本年配置资产合计（万元）", MONEY),
                    new Field("nonTaxRevenue.plan.total", "非税收入计划（万元）", MONEY),
                    new Field("nonTaxRevenue.plan.complete", "非税收入计划明细是否完整列举", YES_NO),
                    new Field("nonTaxRevenue.remitted.total", "上缴非税收入（万元）", MONEY),
                    new Field("projects.complete", "项目清单是否完整", YES_NO))),
            new SheetSpec.Table("项目支出", "projects.items", List.of(
                    new Field("code", "项目编码", TEXT),
                    new Field("name", "项目名称", TEXT),
                    new Field("kind", "项目类别", PROJECT_KIND),
                    new Field("budget", "年初预算数", MONEY),
                    new Field("adjustedBudget", "调整后预算数", MONEY),
                    new Field("actual", "决算数", MONEY),
                    new Field("balanceReturned", "结余交回数", MONEY),
                    new Field("selfScore", "自评得分", POINTS))),
            new SheetSpec.Groups("分类数量", List.of(
                    new Field("profile.subordinateUnits.parts", "下属预算单位", COUNT),
                    new Field("profile.authorizedStaff.parts", "编制数", COUNT),
                    new Field("profile.actualStaff.parts", "实有人数", COUNT),
                    new Field("assets.vehicles.parts", "车辆", COUNT),
                    new Field("selfEvaluation.projectsByScore.parts", "项目自评得分分档", COUNT),
                    new Field("selfEvaluation.projectsByOutcome.parts", "项目完成情况", COUNT)),
                    List.of(new Field("name", "名称", TEXT), new Field("count", "数量", COUNT))),
            new SheetSpec.Groups("金额明细", List.of(
                    new Field("assets.acquisitions.parts", "本年配置资产", MONEY),
                    new Field("nonTaxRevenue.plan.parts", "非税收入计划", MONEY),
                    new Field("nonTaxRevenue.remitted.parts", "上缴非税收入", MONEY)),
                    List.of(new Field("name", "名称", TEXT), new Field("amount", "金额（万元）", MONEY))),
            new SheetSpec.Fields("绩效自评", List.of(
                    new Field("selfEvaluation.framework", "评价指标体系", TEXT),
                    new Field("selfEvaluation.statedTotal", "自评得分", POINTS),
                    new Field("selfEvaluation.applicableMaximum", "适用指标满分合计", POINTS),
                    new Field("selfEvaluation.statedConverted", "换算得分", POINTS),
                    new Field("selfEvaluation.projectsByScore.total", "自评项目数", COUNT),
                    new Field("selfEvaluation.projectsByOutcome.total", "项目数（按完成情况）", COUNT),
                    new Field("selfEvaluation.resultApplication", "结果应用", TEXT))),
            new SheetSpec.Table("自评指标", "selfEvaluation.items", List.of(
                    new Field("code", "指标编码", TEXT),
                    new Field("name", "指标名称", TEXT),
                    new Field("group", "上级指标", TEXT),
                    new Field("maxPoints", "分值", POINTS),
                    new Field("score", "自评得分", POINTS),
                    new Field("applicable", "是否适用", YES_NO),
                    new Field("deduction", "是否扣分项", YES_NO),
                    new Field("note", "备注", TEXT))),
            new SheetSpec.Groups("问题和措施", List.of(
                    new Field("selfEvaluation.problems", "存在问题", TEXT),
                    new Field("selfEvaluation.measures", "改进措施", TEXT)),
                    List.of(new Field("", "内容", TEXT))));

    private WorkbookLayout() {
    }
}
