package cn.budgetperf.portal.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of the submission document that the workspace edits as forms, one page each, named and
 * ordered as the budget service's workbook sheets: each field by its path in the document.
 */
final class Sections {

    /** How a field is typed and stored. */
    public enum Kind {
        /** 万元, a decimal string in the document. */
        MONEY,
        /** A whole number. */
        COUNT,
        /** Points of a score, a decimal number. */
        POINTS,
        TEXT,
        /** One of {@code options} (stored value → Chinese name). */
        CHOICE,
        /** A list of texts, one per line of a text area. */
        LINES
    }

    public record Field(String path, String label, Kind kind, Map<String, String> options) {

        Field(String path, String label, Kind kind) {
            this(path, label, kind, Map.of());
        }
    }

    /** A table of rows (e.g. 类/款/项 lines); {@code columns} are paths inside a row. */
    public record Table(String path, List<Field> columns, int blankRows) {
    }

    /**
     * One page: rows of amounts with the four standard columns, single fields, and a table.
     */
    public record Section(String key, String title, List<Field> amountRows, List<Field> fields, Table table) {

        /** The document paths this page writes, for the findings that concern it. */
        List<String> roots() {
            List<String> roots = new ArrayList<>();
            amountRows.forEach(f -> roots.add(f.path()));
            fields.forEach(f -> roots.add(f.path()));
            if (table != null) {
                roots.add(table.path());
            }
            return roots;
        }
    }

    static final List<Field> AMOUNT_COLUMNS = List.of(new Field("budget", "年初预算数", Kind.MONEY),
            new Field("adjustedBudget", "调整后预算数", Kind.MONEY), new Field("actual", "决算数", Kind.MONEY),
            new Field("priorYearActual", "上年决算数", Kind.MONEY));

    private static final Map<String, String> UNIT_TYPES = ordered("ADMINISTRATIVE", "行政单位",
            "CIVIL_SERVICE_MANAGED", "参照公务员法管理的事业单位", "PUBLIC_INSTITUTION", "事业单位");
    private static final Map<String, String> PROJECT_KINDS = ordered("ONGOING", "常年项目", "ONE_OFF", "一次性项目");

    static final List<Section> ALL = List.of(
            new Section("profile", "部门概况", List.of(), List.of(
                    new Field("profile.unitType", "单位类型", Kind.CHOICE, UNIT_TYPES),
                    new Field("profile.rank", "机构级别", Kind.TEXT),
                    new Field("profile.fundingForm", "经费保障形式", Kind.TEXT),
                    new Field("profile.duties", "主要职责（每行一条）", Kind.LINES),
                    new Field("profile.divisions", "内设机构（每行一个）", Kind.LINES),
                    new Field("profile.divisionCount", "内设机构数", Kind.COUNT),
                    new Field("profile.subordinateUnits.total", "下属预算单位数", Kind.COUNT),
                    new Field("profile.authorizedStaff.total", "编制数", Kind.COUNT),
                    new Field("profile.actualStaff.total", "实有人数", Kind.COUNT),
                    new Field("profile.retirees", "离退休人数", Kind.COUNT)), null),
            new Section("income", "收入决算表", rows("income", "generalPublicBudget", "一般公共预算财政拨款收入",
                    "governmentFund", "政府性基金预算财政拨款收入", "stateCapital", "国有资本经营预算财政拨款收入",
                    "fiscalAppropriation", "财政拨款收入（小计，仅在不分列时填写）", "fiscalSpecialAccount", "财政专户管理资金收入",
                    "superiorSubsidy", "上级补助收入", "businessIncome", "事业收入", "operatingIncome", "经营收入",
                    "subordinateRemittance", "附属单位上缴收入", "other", "其他收入", "total", "本年收入合计"), List.of(
                    new Field("income.useOfNonFiscalBalance", "使用非财政拨款结余", Kind.MONEY),
                    new Field("income.carryOverBeginning", "年初结转和结余", Kind.MONEY)), null),
            new Section("expenditure", "支出决算表（按经济性质）", rows("expenditure", "basic", "基本支出", "personnel", "其中：人员经费",
                    "publicFunds", "其中：公用经费", "project", "项目支出", "remittanceToSuperior", "上缴上级支出",
                    "operating", "经营支出", "subsidyToSubordinate", "对附属单位补助支出", "total", "本年支出合计"), List.of(
                    new Field("expenditure.balanceDistribution", "结余分配", Kind.MONEY),
                    new Field("expenditure.carryOverEnd", "年末结转和结余", Kind.MONEY),
                    new Field("budgetAdjustment.initial", "预算调整：年初预算数", Kind.MONEY),
                    new Field("budgetAdjustment.additions", "预算调整：追加预算数", Kind.MONEY),
                    new Field("budgetAdjustment.reductions", "预算调整：调减预算数", Kind.MONEY),
                    new Field("budgetAdjustment.adjusted", "预算调整：调整后预算数", Kind.MONEY)), null),
            new Section("functional", "支出决算表（按功能分类 类/款/项）", List.of(), List.of(),
                    new Table("functionalLines", List.of(new Field("code", "科目编码", Kind.TEXT), new Field("name", "科目名称", Kind.TEXT),
                            new Field("budget", "年初预算数", Kind.MONEY), new Field("adjustedBudget", "调整后预算数", Kind.MONEY),
                            new Field("actual", "决算数", Kind.MONEY), new Field("priorYearActual", "上年决算数", Kind.MONEY)), 3)),
            new Section("three-public", "“三公”经费、会议费、培训费和机关运行经费", rows("", "threePublic.abroad", "因公出国（境）费",
                    "threePublic.vehiclePurchase", "公务用车购置费", "threePublic.vehicleOperation", "公务用车运行维护费",
                    "threePublic.reception", "公务接待费", "threePublic.total", "“三公”经费合计", "meeting", "会议费（不属于“三公”）",
                    "training", "培训费（不属于“三公”）", "operatingCosts", "机关运行经费"), List.of(
                    new Field("threePublic.abroadGroups", "因公出国（境）团组数", Kind.COUNT),
                    new Field("threePublic.abroadPersons", "因公出国（境）人次", Kind.COUNT),
                    new Field("threePublic.receptionBatches", "公务接待批次", Kind.COUNT),
                    new Field("threePublic.receptionPersons", "公务接待人次", Kind.COUNT),
                    new Field("threePublic.vehicleCount", "公务用车保有量", Kind.COUNT)), null),
            new Section("procurement-assets", "政府采购和资产", List.of(), List.of(
                    new Field("procurement.goods", "政府采购货物支出", Kind.MONEY),
                    new Field("procurement.works", "政府采购工程支出", Kind.MONEY),
                    new Field("procurement.services", "政府采购服务支出", Kind.MONEY),
                    new Field("procurement.total", "政府采购支出总额", Kind.MONEY),
                    new Field("procurement.smeContracts", "授予中小企业合同金额", Kind.MONEY),
                    new Field("procurement.microContracts", "其中授予小微企业合同金额", Kind.MONEY),
                    new Field("assets.totalAssets", "资产总额", Kind.MONEY),
                    new Field("assets.totalLiabilities", "负债总额", Kind.MONEY),
                    new Field("assets.fixedAssetsOriginal", "固定资产原值", Kind.MONEY),
                    new Field("assets.fixedAssetsNet", "固定资产净值", Kind.MONEY),
                    new Field("assets.vehicles.total", "车辆数", Kind.COUNT),
                    new Field("assets.equipmentOverOneMillion", "单价100万元以上设备（台、套）", Kind.COUNT),
                    new Field("assets.acquisitions.total", "本年配置资产合计", Kind.MONEY)), null),
            new Section("projects", "项目支出", List.of(), List.of(), new Table("projects.items", List.of(
                    new Field("code", "项目编码", Kind.TEXT), new Field("name", "项目名称", Kind.TEXT),
                    new Field("kind", "项目类别", Kind.CHOICE, PROJECT_KINDS), new Field("budget", "年初预算数", Kind.MONEY),
                    new Field("adjustedBudget", "调整后预算数", Kind.MONEY), new Field("actual", "决算数", Kind.MONEY),
                    new Field("balanceReturned", "结余交回数", Kind.MONEY), new Field("selfScore", "自评得分", Kind.POINTS)), 3)),
            new Section("self-evaluation", "绩效自评", List.of(), List.of(
                    new Field("selfEvaluation.framework", "评价指标体系", Kind.TEXT),
                    new Field("selfEvaluation.statedTotal", "自评得分", Kind.POINTS),
                    new Field("selfEvaluation.applicableMaximum", "适用指标满分合计", Kind.POINTS),
                    new Field("selfEvaluation.statedConverted", "换算得分", Kind.POINTS),
                    new Field("selfEvaluation.resultApplication", "结果应用", Kind.TEXT)), new Table("selfEvaluation.items", List.of(
                    new Field("code", "指标编码", Kind.TEXT), new Field("name", "指标名称", Kind.TEXT),
                    new Field("group", "上级指标", Kind.TEXT), new Field("maxPoints", "分值", Kind.POINTS),
                    new Field("score", "自评得分", Kind.POINTS), new Field("note", "备注", Kind.TEXT)), 3)),
            new Section("problems", "存在问题和改进措施", List.of(), List.of(
                    new Field("selfEvaluation.problems", "存在问题（每行一条）", Kind.LINES),
                    new Field("selfEvaluation.measures", "改进措施（每行一条）", Kind.LINES)), null));

    private Sections() {
    }

    static Optional<Section> of(String key) {
        return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private static List<Field> rows(String prefix, String... pathsAndLabels) {
        List<Field> rows = new ArrayList<>();
        for (int i = 0; i < pathsAndLabels.length; i += 2) {
            rows.add(new Field(prefix.isEmpty() ? pathsAndLabels[i] : prefix + "." + pathsAndLabels[i], pathsAndLabels[i + 1], Kind.MONEY));
        }
        return List.copyOf(rows);
    }

    private static Map<String, String> ordered(String... keysAndNames) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndNames.length; i += 2) {
            map.put(keysAndNames[i], keysAndNames[i + 1]);
        }
        return map;
    }
}
