package cn.budgetperf.portal.workspace;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese names for the submission document's field paths, as the budget service's workbook names
 * them (its 封面 … 问题和措施 sheets): {@code income.total.budget} is 本年收入合计 · 年初预算数,
 * {@code functionalLines[208].actual} is 支出功能分类 208 · 决算数. A path it does not know is shown
 * as it is.
 */
final class FieldLabels {

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("budget", "年初预算数"), Map.entry("adjustedBudget", "调整后预算数"), Map.entry("actual", "决算数"),
            Map.entry("priorYearActual", "上年决算数"), Map.entry("balanceReturned", "结余交回数"),
            Map.entry("selfScore", "自评得分"), Map.entry("code", "编码"), Map.entry("name", "名称"), Map.entry("kind", "类别"),
            Map.entry("group", "上级指标"), Map.entry("maxPoints", "分值"), Map.entry("score", "得分"),
            Map.entry("applicable", "是否适用"), Map.entry("deduction", "是否扣分项"), Map.entry("note", "备注"),
            Map.entry("count", "数量"), Map.entry("text", "内容"), Map.entry("ruleId", "规则"), Map.entry("location", "位置"),
            Map.entry("fileName", "文件名"), Map.entry("amount", "金额"), Map.entry("total", "合计"));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("status", "状态"), Map.entry("version", "版本"), Map.entry("reviewComment", "审核意见"),
            Map.entry("correctionNote", "更正说明"), Map.entry("explanations", "警告说明"), Map.entry("report", "报告文件"),
            Map.entry("departmentCode", "部门编码"), Map.entry("departmentName", "部门名称"), Map.entry("fiscalYear", "年度"),
            Map.entry("figures.incomeTotal", "本年收入合计"), Map.entry("figures.expenditureTotal", "本年支出合计"),
            Map.entry("figures.budgetTotal", "全年预算数"),
            Map.entry("profile.unitType", "单位类型"), Map.entry("profile.rank", "机构级别"),
            Map.entry("profile.fundingForm", "经费保障形式"), Map.entry("profile.duties", "主要职责"), Map.entry("profile.divisions", "内设机构"),
            Map.entry("profile.divisionCount", "内设机构数"), Map.entry("profile.subordinateUnits", "下属预算单位数"),
            Map.entry("profile.authorizedStaff", "编制数"), Map.entry("profile.actualStaff", "实有人数"),
            Map.entry("profile.retirees", "离退休人数"),
            Map.entry("income.generalPublicBudget", "一般公共预算财政拨款收入"),
            Map.entry("income.governmentFund", "政府性基金预算财政拨款收入"),
            Map.entry("income.stateCapital", "国有资本经营预算财政拨款收入"),
            Map.entry("income.fiscalAppropriation", "财政拨款收入"), Map.entry("income.fiscalSpecialAccount", "财政专户管理资金收入"),
            Map.entry("income.superiorSubsidy", "上级补助收入"), Map.entry("income.businessIncome", "事业收入"),
            Map.entry("income.operatingIncome", "经营收入"), Map.entry("income.subordinateRemittance", "附属单位上缴收入"),
            Map.entry("income.other", "其他收入"), Map.entry("income.total", "本年收入合计"),
            Map.entry("income.useOfNonFiscalBalance", "使用非财政拨款结余"), Map.entry("income.carryOverBeginning", "年初结转和结余"),
            Map.entry("expenditure.basic", "基本支出"), Map.entry("expenditure.personnel", "人员经费"),
            Map.entry("expenditure.publicFunds", "公用经费"), Map.entry("expenditure.project", "项目支出"),
            Map.entry("expenditure.remittanceToSuperior", "上缴上级支出"), Map.entry("expenditure.operating", "经营支出"),
            Map.entry("expenditure.subsidyToSubordinate", "对附属单位补助支出"), Map.entry("expenditure.total", "本年支出合计"),
            Map.entry("expenditure.balanceDistribution", "结余分配"), Map.entry("expenditure.carryOverEnd", "年末结转和结余"),
            Map.entry("budgetAdjustment.initial", "预算调整 · 年初预算数"), Map.entry("budgetAdjustment.additions", "预算调整 · 追加预算数"),
            Map.entry("budgetAdjustment.reductions", "预算调整 · 调减预算数"), Map.entry("budgetAdjustment.adjusted", "预算调整 · 调整后预算数"),
            Map.entry("functionalLines", "支出功能分类"),
            Map.entry("threePublic.abroad", "因公出国（境）费"), Map.entry("threePublic.vehiclePurchase", "公务用车购置费"),
            Map.entry("threePublic.vehicleOperation", "公务用车运行维护费"), Map.entry("threePublic.reception", "公务接待费"),
            Map.entry("threePublic.total", "'三公'经费合计"), Map.entry("threePublic.abroadGroups", "因公出国（境）团组数"),
            Map.entry("threePublic.abroadPersons", "因公出国（境）人次"), Map.entry("threePublic.receptionBatches", "公务接待批次"),
            Map.entry("threePublic.receptionPersons", "公务接待人次"), Map.entry("threePublic.vehicleCount", "公务用车保有量"),
            Map.entry("meeting", "会议费"), Map.entry("training", "培训费"), Map.entry("operatingCosts", "机关运行经费"),
            Map.entry("procurement.goods", "政府采购货物支出"), Map.entry("procurement.works", "政府采购工程支出"),
            Map.entry("procurement.services", "政府采购服务支出"), Map.entry("procurement.total", "政府采购支出总额"),
            Map.entry("procurement.smeContracts", "授予中小企业合同金额"), Map.entry("procurement.microContracts", "授予小微企业合同金额"),
            Map.entry("assets.totalAssets", "资产总额"), Map.entry("assets.totalLiabilities", "负债总额"),
            Map.entry("assets.fixedAssetsOriginal", "固定资产原值"), Map.entry("assets.fixedAssetsNet", "固定资产净值"),
            Map.entry("assets.vehicles", "车辆数"), Map.entry("assets.equipmentOverOneMillion", "单价100万元以上设备（台、套）"),
            Map.entry("assets.acquisitions", "本年配置资产"), Map.entry("nonTaxRevenue.plan", "非税收入计划"),
            Map.entry("nonTaxRevenue.remitted", "上缴非税收入"), Map.entry("projects", "项目清单"), Map.entry("projects.items", "项目支出"),
            Map.entry("projects.complete", "项目清单是否完整"),
            Map.entry("selfEvaluation.framework", "评价指标体系"), Map.entry("selfEvaluation.statedTotal", "自评得分"),
            Map.entry("selfEvaluation.applicableMaximum", "适用指标满分合计"), Map.entry("selfEvaluation.statedConverted", "换算得分"),
            Map.entry("selfEvaluation.projectsByScore", "项目自评得分分档"), Map.entry("selfEvaluation.projectsByOutcome", "项目完成情况"),
            Map.entry("selfEvaluation.resultApplication", "结果应用"), Map.entry("selfEvaluation.items", "自评指标"),
            Map.entry("selfEvaluation.problems", "存在问题"), Map.entry("selfEvaluation.measures", "改进措施"));

    private static final Pattern ROW = Pattern.compile("\\[([^\\]]*)\\]");

    private FieldLabels() {
    }

    /**
     * The Chinese name of a flattened path: the longest known prefix, then each further part by its
     * column name, a row by its key ({@code [208]}, {@code [#2]} for the second of a list).
     */
    static String of(String path) {
        String plain = ROW.matcher(path).replaceAll("");
        String[] parts = plain.split("\\.");
        for (int n = parts.length; n > 0; n--) {
            String prefix = String.join(".", List.of(parts).subList(0, n));
            String label = FIELDS.get(prefix);
            if (label != null) {
                return label + rest(path, prefix, parts, n);
            }
        }
        return path;
    }

    private static String rest(String path, String prefix, String[] parts, int known) {
        StringBuilder out = new StringBuilder();
        Matcher rows = ROW.matcher(path);
        String rowKeys = rowsOf(rows);
        if (!rowKeys.isEmpty()) {
            out.append(' ').append(rowKeys);
        }
        for (int i = known; i < parts.length; i++) {
            if (parts[i].equals("parts")) {
                continue;
            }
            out.append(" · ").append(COLUMNS.getOrDefault(parts[i], parts[i]));
        }
        return out.toString();
    }

    private static String rowsOf(Matcher rows) {
        StringBuilder keys = new StringBuilder();
        while (rows.find()) {
            String key = rows.group(1);
            keys.append(keys.isEmpty() ? "" : " ").append(key.startsWith("#") ? "第" + key.substring(1) + "项" : key);
        }
        return keys.toString();
    }
}
