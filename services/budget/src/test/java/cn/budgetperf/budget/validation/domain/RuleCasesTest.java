package cn.budgetperf.budget.validation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the registry with a document on which it fires and one on which it does not (often
 * the same figures within the rounding tolerance, or the seed's consistent figures).
 */
class RuleCasesTest {

    private static final RuleRegistry REGISTRY = RuleRegistry.standard();

    /** id → failing sections, passing sections, a fragment of the expected message. */
    private record Case(String failing, String passing, String message) {
    }

    private static final Map<String, Case> CASES = new TreeMap<>(Map.ofEntries(
            Map.entry("EXIST-001", new Case("\"figures\":{\"expenditureTotal\":\"1\",\"budgetTotal\":\"1\"}",
                    "\"figures\":{\"expenditureTotal\":\"1\",\"budgetTotal\":\"1\"},\"income\":{\"total\":{\"actual\":\"1\"}}",
                    "未填写本年收入合计")),
            Map.entry("EXIST-002", new Case("\"figures\":{\"incomeTotal\":\"1\",\"budgetTotal\":\"1\"}",
                    "\"figures\":{\"incomeTotal\":\"1\",\"budgetTotal\":\"1\"},\"expenditure\":{\"total\":{\"actual\":\"1\"}}",
                    "未填写本年支出合计")),
            Map.entry("EXIST-003", new Case("\"figures\":{\"incomeTotal\":\"1\",\"expenditureTotal\":\"1\"}",
                    "\"figures\":{\"incomeTotal\":\"1\",\"expenditureTotal\":\"1\"},\"budgetAdjustment\":{\"initial\":\"1\",\"adjusted\":\"1\"}",
                    "未填写全年预算数")),
            Map.entry("FIG-001", new Case("\"figures\":{\"incomeTotal\":\"100\"},\"income\":{\"total\":{\"actual\":\"100.01\"}}",
                    "\"figures\":{\"incomeTotal\":\"100\"},\"income\":{\"total\":{\"actual\":\"100.005\"}}",
                    "本年收入合计填报为100.00万元，但收入决算表的本年收入合计为100.01万元")),
            Map.entry("TOT-001", new Case(
                    "\"income\":{\"total\":{\"actual\":\"100\"},\"carryOverBeginning\":\"10\"},\"expenditure\":{\"total\":{\"actual\":\"100\"},\"carryOverEnd\":\"5\"}",
                    "\"income\":{\"total\":{\"actual\":\"100\"},\"carryOverBeginning\":\"10\"},\"expenditure\":{\"total\":{\"actual\":\"100\"},\"carryOverEnd\":\"10\"}",
                    "＝110.00万元，本年支出合计＋结余分配＋年末结转和结余＝105.00万元")),
            Map.entry("INC-001", new Case(
                    "\"income\":{\"total\":{\"budget\":\"2544.94\"},\"generalPublicBudget\":{\"budget\":\"2544.94\"},\"governmentFund\":{\"budget\":\"0\"},\"other\":{\"budget\":\"0.05\"}}",
                    "\"income\":{\"total\":{\"actual\":\"3464.19\"},\"fiscalAppropriation\":{\"actual\":\"3448.42\"},\"other\":{\"actual\":\"4.29\"}}",
                    "本年收入合计年初预算数2544.94万元，各分项之和为2544.99万元")),
            Map.entry("INC-002", new Case(
                    "\"income\":{\"fiscalAppropriation\":{\"actual\":\"10\"},\"generalPublicBudget\":{\"actual\":\"6\"},\"governmentFund\":{\"actual\":\"3\"},\"stateCapital\":{\"actual\":\"0\"}}",
                    "\"income\":{\"fiscalAppropriation\":{\"actual\":\"10\"},\"generalPublicBudget\":{\"actual\":\"7\"},\"governmentFund\":{\"actual\":\"3\"},\"stateCapital\":{\"actual\":\"0\"}}",
                    "财政拨款收入决算数10.00万元，各分项之和为9.00万元")),
            Map.entry("EXP-001", new Case(natures("30"), natures("32.25"), "本年支出合计决算数232.34万元，各分项之和为230.09万元")),
            Map.entry("EXP-002", new Case(
                    "\"expenditure\":{\"basic\":{\"actual\":\"200.09\"},\"personnel\":{\"actual\":\"184.56\"},\"publicFunds\":{\"actual\":\"15.50\"}}",
                    "\"expenditure\":{\"basic\":{\"actual\":\"200.09\"},\"personnel\":{\"actual\":\"184.56\"},\"publicFunds\":{\"actual\":\"15.52\"}}",
                    "基本支出决算数200.09万元，各分项之和为200.06万元，相差0.03万元（容差0.01万元）")),
            Map.entry("EXEC-004", new Case(
                    "\"expenditure\":{\"project\":{\"adjustedBudget\":\"1672.92\",\"actual\":\"1460.09\"}}",
                    "\"expenditure\":{\"project\":{\"adjustedBudget\":\"1672.92\",\"actual\":\"1510\"}}",
                    "项目支出结余率12.72%超过10%")),
            Map.entry("FUN-001", new Case("\"functionalLines\":[{\"code\":\"2019998\",\"actual\":\"1\"}]",
                    "\"functionalLines\":[{\"code\":\"2012901\",\"actual\":\"1\"}]", "2019998（未填名称）不在政府收支分类科目表中")),
            Map.entry("FUN-002", new Case("\"functionalLines\":[{\"code\":\"201\",\"actual\":\"1\"},{\"code\":\"201\",\"actual\":\"2\"}]",
                    "\"functionalLines\":[{\"code\":\"201\",\"actual\":\"1\"},{\"code\":\"208\",\"actual\":\"2\"}]", "201出现了2次")),
            Map.entry("FUN-003", new Case(category201("32.20"), category201("32.25"),
                    "功能分类201 一般公共服务支出决算数160.45万元，各分项之和为160.39万元")),
            Map.entry("FUN-004", new Case(
                    "\"expenditure\":{\"total\":{\"actual\":\"232.34\"}},\"functionalLines\":[{\"code\":\"201\",\"actual\":\"160.45\"},{\"code\":\"208\",\"actual\":\"44.72\"}]",
                    "\"expenditure\":{\"total\":{\"actual\":\"232.34\"}},\"functionalLines\":[{\"code\":\"201\",\"actual\":\"160.45\"},{\"code\":\"208\",\"actual\":\"44.72\"},{\"code\":\"210\",\"actual\":\"14.26\"},{\"code\":\"221\",\"actual\":\"12.91\"}]",
                    "按功能分类，本年支出合计决算数232.34万元，各分项之和为205.17万元")),
            Map.entry("TPC-001", new Case(threePublic("0.05"), threePublic("0.09"), "'三公'经费合计决算数0.09万元，各分项之和为0.05万元")),
            Map.entry("TPC-002", new Case(
                    "\"threePublic\":{\"total\":{\"budget\":\"6.7\"},\"vehicleOperation\":{\"budget\":\"4.86\"},\"reception\":{\"budget\":\"1.66\"}},\"meeting\":{\"budget\":\"0\"},\"training\":{\"budget\":\"0.18\"}",
                    "\"threePublic\":{\"total\":{\"budget\":\"6.52\"},\"vehicleOperation\":{\"budget\":\"4.86\"},\"reception\":{\"budget\":\"1.66\"}},\"meeting\":{\"budget\":\"0\"},\"training\":{\"budget\":\"0.18\"}",
                    "'三公'经费年初预算数6.70万元等于'三公'各项（6.52万元）加上会议费、培训费（0.18万元）")),
            Map.entry("ADJ-001", new Case(
                    "\"budgetAdjustment\":{\"initial\":\"189.67\",\"additions\":\"42.11\",\"adjusted\":\"232.31\"}",
                    "\"budgetAdjustment\":{\"initial\":\"190.2\",\"additions\":\"42.11\",\"adjusted\":\"232.31\"}",
                    "年初预算数189.67万元＋追加42.11万元－调减0.00万元＝231.78万元，但调整后预算数为232.31万元")),
            Map.entry("EXEC-001", new Case("\"figures\":{\"budgetTotal\":\"0\",\"expenditureTotal\":\"5\"}",
                    "\"figures\":{\"budgetTotal\":\"10\",\"expenditureTotal\":\"5\"}", "全年预算数为0，但本年支出合计为5.00万元")),
            Map.entry("EXEC-002", new Case("\"figures\":{\"budgetTotal\":\"100\",\"expenditureTotal\":\"100.005\"}",
                    "\"figures\":{\"budgetTotal\":\"100\",\"expenditureTotal\":\"100\"}", "执行率100.01%")),
            Map.entry("EXEC-003", new Case("\"figures\":{\"budgetTotal\":\"100\",\"expenditureTotal\":\"89.99\"}",
                    "\"figures\":{\"budgetTotal\":\"100\",\"expenditureTotal\":\"90\"}", "结余率10.01%超过10%")),
            Map.entry("YOY-001", new Case("\"expenditure\":{\"total\":{\"actual\":\"200\",\"priorYearActual\":\"316.23\"}}",
                    "\"expenditure\":{\"total\":{\"actual\":\"232.34\",\"priorYearActual\":\"316.23\"}}",
                    "本年支出合计200.00万元，上年316.23万元，减少116.23万元（36.75%）")),
            Map.entry("CNT-001", new Case(units(0), units(1), "下属预算单位合计0个，但各类之和为1个（行政单位0个，参照公务员法管理的事业单位0个，其他事业单位1个）")),
            Map.entry("CNT-002", new Case(divisions(8), divisions(7), "内设机构填报为8个，但列出了7个")),
            Map.entry("PROJ-001", new Case(projects("{\"code\":\"P1\",\"name\":\"甲\"},{\"code\":\"P1\",\"name\":\"乙\"}"),
                    projects("{\"code\":\"P1\",\"name\":\"甲\"},{\"code\":\"P2\",\"name\":\"乙\"}"), "项目编码P1出现了2次")),
            Map.entry("PROJ-002", new Case(projects("{\"name\":\"预拨2023年中央自然灾害救灾资金\"},{\"name\":\"信访稳定经费\"},{\"name\":\"预拨2023年中央自然灾害救灾资金\"}"),
                    projects("{\"name\":\"预拨2023年中央自然灾害救灾资金\"},{\"name\":\"信访稳定经费\"}"),
                    "项目“预拨2023年中央自然灾害救灾资金”出现了2次")),
            Map.entry("PROJ-003", new Case(projects("{\"name\":\"三线民兵补贴\",\"budget\":\"41.02\",\"actual\":\"39.7426\",\"balanceReturned\":\"1.5\"}"),
                    projects("{\"name\":\"三线民兵补贴\",\"budget\":\"41.02\",\"actual\":\"39.7426\",\"balanceReturned\":\"1.2774\"}"),
                    "结余交回1.50万元，超过预算数41.02万元减决算数39.74万元的1.28万元")),
            Map.entry("PROJ-004", new Case(projectSum(false), projectSum(true), "项目支出决算数32.25万元，各分项之和为28.59万元")),
            Map.entry("EXEC-005", new Case(projects("{\"name\":\"甲\",\"budget\":\"10\",\"actual\":\"11\"}"),
                    projects("{\"name\":\"甲\",\"budget\":\"10\",\"actual\":\"10\"}"), "项目“甲”决算数11.00万元超过预算数10.00万元（执行率110.00%）")),
            Map.entry("EXEC-006", new Case(projects("{\"name\":\"甲\",\"budget\":\"10\",\"actual\":\"8.9\"}"),
                    projects("{\"name\":\"甲\",\"budget\":\"10\",\"actual\":\"9\"}"), "项目结余率11.00%超过10%")),
            Map.entry("SCORE-001", new Case(score("\"maxPoints\":4,\"score\":5"), score("\"maxPoints\":4,\"score\":4"),
                    "指标“财务管理制度”自评得分5分，超过该指标分值4分")),
            Map.entry("SCORE-002", new Case(score("\"maxPoints\":4"), score("\"maxPoints\":4,\"applicable\":false"),
                    "指标“财务管理制度”（分值4分）没有自评得分")),
            Map.entry("SCORE-003", new Case(total("94"), total("90"), "自评总分填报为94分，但各指标得分之和（扣减扣分项）为90分")),
            Map.entry("SCORE-004", new Case(converted("91.17"), converted("91.18"), "换算得分应为自评得分84.8分÷适用指标满分93分×100＝91.18分，但填报为91.17分")),
            Map.entry("SCORE-005", new Case(maximum("93"), maximum("90"), "适用指标满分合计填报为93分，但适用指标的分值之和为90分")),
            Map.entry("PROC-001", new Case(procurement("\"services\":\"1\""), procurement("\"services\":\"2\""), "政府采购支出总额10.00万元，各分项之和为9.00万元")),
            Map.entry("PROC-002", new Case("\"procurement\":{\"total\":\"10\",\"smeContracts\":\"12\"}",
                    "\"procurement\":{\"total\":\"10\",\"smeContracts\":\"8\",\"microContracts\":\"5\"}", "授予中小企业合同金额12.00万元，超过了政府采购支出总额10.00万元")),
            Map.entry("AST-001", new Case(acquisitions("60"), acquisitions("68.28"), "本年配置资产1013.23万元，各分项之和为1004.95万元")),
            Map.entry("AST-002", new Case("\"assets\":{\"fixedAssetsOriginal\":\"100\",\"fixedAssetsNet\":\"120\"}",
                    "\"assets\":{\"fixedAssetsOriginal\":\"384.06\",\"fixedAssetsNet\":\"132.35\"}", "固定资产净值120.00万元，超过了固定资产原值100.00万元")),
            Map.entry("NTR-001", new Case(
                    "\"nonTaxRevenue\":{\"plan\":{\"total\":\"10\",\"complete\":false,\"parts\":[{\"name\":\"中高级职称评审\",\"amount\":\"10.05\"},{\"name\":\"事业单位招聘工作人员考试\",\"amount\":\"33.59\"}]}}",
                    "\"nonTaxRevenue\":{\"remitted\":{\"total\":\"34.49\",\"parts\":[{\"name\":\"利息收入\",\"amount\":\"0.06\"},{\"name\":\"专业技术职务任职资格评审费收入\",\"amount\":\"0.84\"},{\"name\":\"事业单位招聘工作人员考试\",\"amount\":\"33.59\"}]}}",
                    "非税收入计划10.00万元，各分项之和为43.64万元")),
            Map.entry("COPY-001", new Case(copy("6.59"), copy("6.60"), "上年决算数与年初预算数在全部5行上完全相同"))));

    static Stream<Arguments> cases() {
        return CASES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whenTheFiguresBreakTheRule_thenItFiresWithItsMessageAndOtherwiseNot(String ruleId, Case c) {
        List<Finding> failing = REGISTRY.validate(ruleId, Documents.with(c.failing()), Documents.shippedCatalog());
        List<Finding> passing = REGISTRY.validate(ruleId, Documents.with(c.passing()), Documents.shippedCatalog());

        assertThat(failing).as("fires on the failing case").singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ruleId);
            assertThat(f.message()).contains(c.message());
            assertThat(f.severity()).isEqualTo(REGISTRY.definition(ruleId).orElseThrow().severity());
            assertThat(f.location()).isNotBlank();
        });
        assertThat(passing).as("silent on the passing case").isEmpty();
    }

    @Test
    void whenTheRegistryGrows_thenEveryRuleHasItsCase() {
        assertThat(CASES.keySet()).containsExactlyInAnyOrderElementsOf(
                REGISTRY.definitions().stream().map(RuleDefinition::id).toList());
    }

    private static String natures(String project) {
        return "\"expenditure\":{\"total\":{\"actual\":\"232.34\"},\"basic\":{\"actual\":\"200.09\"},\"project\":{\"actual\":\"" + project
                + "\"},\"remittanceToSuperior\":{\"actual\":\"0\"},\"operating\":{\"actual\":\"0\"},\"subsidyToSubordinate\":{\"actual\":\"0\"}}";
    }

    private static String category201(String other) {
        return "\"functionalLines\":[{\"code\":\"201\",\"name\":\"一般公共服务支出\",\"actual\":\"160.45\"},{\"code\":\"2012901\",\"actual\":\"89.45\"},"
                + "{\"code\":\"2012950\",\"actual\":\"38.74\"},{\"code\":\"2012999\",\"actual\":\"" + other + "\"}]";
    }

    private static String threePublic(String reception) {
        return "\"threePublic\":{\"total\":{\"actual\":\"0.09\"},\"abroad\":{\"actual\":\"0\"},\"vehiclePurchase\":{\"actual\":\"0\"},"
                + "\"vehicleOperation\":{\"actual\":\"0\"},\"reception\":{\"actual\":\"" + reception + "\"}}";
    }

    private static String units(int total) {
        return "\"profile\":{\"subordinateUnits\":{\"total\":" + total + ",\"parts\":[{\"name\":\"行政单位\",\"count\":0},"
                + "{\"name\":\"参照公务员法管理的事业单位\",\"count\":0},{\"name\":\"其他事业单位\",\"count\":1}]}}";
    }

    private static String divisions(int count) {
        return "\"profile\":{\"divisionCount\":" + count + ",\"divisions\":[\"办公室和信息网络宣传部\",\"基层工作和组织部\","
                + "\"法律保障和经济服务部\",\"女职工权益保障部\",\"财务资产部\",\"经审办\",\"职工服务中心\"]}";
    }

    private static String projects(String items) {
        return "\"projects\":{\"items\":[" + items + "]}";
    }

    private static String projectSum(boolean all) {
        return "\"expenditure\":{\"project\":{\"actual\":\"32.25\"}},\"projects\":{\"complete\":true,\"items\":["
                + "{\"name\":\"春节送温暖\",\"actual\":\"1.6\"},{\"name\":\"困难职工帮扶\",\"actual\":\"3\"},{\"name\":\"省级劳模资金\",\"actual\":\"23.99\"}"
                + (all ? ",{\"name\":\"劳模慰问津贴\",\"actual\":\"3.664\"}" : "") + "]}";
    }

    private static String score(String item) {
        return "\"selfEvaluation\":{\"items\":[{\"name\":\"财务管理制度\"," + item + "}]}";
    }

    private static String total(String stated) {
        return "\"selfEvaluation\":{\"statedTotal\":" + stated + ",\"items\":[{\"name\":\"履职效能\",\"maxPoints\":50,\"score\":45},"
                + "{\"name\":\"预算管理\",\"maxPoints\":50,\"score\":45},{\"name\":\"被评价部门配合度\",\"deduction\":true}]}";
    }

    private static String converted(String stated) {
        return "\"selfEvaluation\":{\"statedTotal\":84.8,\"applicableMaximum\":93,\"statedConverted\":" + stated + "}";
    }

    private static String maximum(String stated) {
        return "\"selfEvaluation\":{\"applicableMaximum\":" + stated + ",\"items\":[{\"name\":\"甲\",\"maxPoints\":40,\"score\":30},"
                + "{\"name\":\"乙\",\"maxPoints\":50,\"score\":40},{\"name\":\"丙\",\"maxPoints\":7,\"applicable\":false}]}";
    }

    private static String procurement(String services) {
        return "\"procurement\":{\"total\":\"10\",\"goods\":\"5\",\"works\":\"3\"," + services + "}";
    }

    private static String acquisitions(String furniture) {
        return "\"assets\":{\"acquisitions\":{\"total\":\"1013.23\",\"parts\":[{\"name\":\"土地、房屋及构筑物\",\"amount\":\"523.33\"},"
                + "{\"name\":\"设备\",\"amount\":\"413.54\"},{\"name\":\"文物和陈列品\",\"amount\":\"0\"},{\"name\":\"图书档案\",\"amount\":\"1.24\"},"
                + "{\"name\":\"家具、用具\",\"amount\":\"" + furniture + "\"},{\"name\":\"无形资产\",\"amount\":\"6.84\"}]}}";
    }

    private static String copy(String housingPrior) {
        return "\"income\":{\"total\":{\"budget\":\"69.21\",\"priorYearActual\":\"69.21\"}},\"functionalLines\":["
                + "{\"code\":\"201\",\"budget\":\"5.15\",\"priorYearActual\":\"5.15\"},{\"code\":\"208\",\"budget\":\"54.82\",\"priorYearActual\":\"54.82\"},"
                + "{\"code\":\"210\",\"budget\":\"2.66\",\"priorYearActual\":\"2.66\"},{\"code\":\"221\",\"budget\":\"6.59\",\"priorYearActual\":\"" + housingPrior + "\"}]";
    }
}
