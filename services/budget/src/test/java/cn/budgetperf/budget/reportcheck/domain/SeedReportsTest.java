package cn.budgetperf.budget.reportcheck.domain;

import static cn.budgetperf.budget.reportcheck.domain.ReportRule.BUDGET_ADJUSTMENT;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.COPIED_FIGURES;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.COUNT_LIST;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.COUNT_PARTS;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.DUPLICATE_ITEM;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.IMPLAUSIBLE_UNIT;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.MALFORMED_NUMBER;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.PERCENT_TRUNCATED;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.SANGONG_SCOPE;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.SCORE_BLANK;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.SCORE_SUM;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.SHARE_PERCENT;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.SUM_PARTS_EXCEED;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.SUM_PARTS_SHORT;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.YOY_AMOUNT;
import static cn.budgetperf.budget.reportcheck.domain.ReportRule.YOY_PERCENT;

import org.junit.jupiter.api.Test;

/**
 * The five seed reports: every contradiction of DESIGN §6.3 that concerns the prose is found, with its
 * excerpt, expected and stated values, and the sums, shares and counts that hold give nothing.
 */
class SeedReportsTest {

    private final ReportChecker checker = new ReportChecker();

    static SeedReport xushuiTradeUnion2024() {
        return SeedReport.of("000_a5ff3ec462164caf.txt")
                .finds(COPIED_FIGURES, "决算支出按功能分类包含：一般公共服务支出5.15万元", "决算数为实际执行数", "与预算逐项相同")
                .holds("预算支出按功能分类包含：一般公共服务支出5.15万元，社会保障和就业支出54.82万元，卫生健康支出2.66万元，住房保障支出6.59万元")
                .holds("2024年我部门预算收入69.21万元，其中：一般公共预算拨款69.21万元")
                .holds("2023年我部门决算收入69.21万元，其中：财政拨款收入69.21万元")
                .holds("一般公共服务支出5.15万元，占比7.44%", SHARE_PERCENT, PERCENT_TRUNCATED)
                .holds("社会保障和就业支出54.82万元，占比79.2%", SHARE_PERCENT, PERCENT_TRUNCATED)
                .holds("卫生健康支出2.66万元，占比3.84%", SHARE_PERCENT, PERCENT_TRUNCATED)
                .holds("住房保障支出6.59万元，占比9.52%", SHARE_PERCENT, PERCENT_TRUNCATED)
                .holds("我部门管理绩效评价得分为67.5分")
                .holds("共自评1个项目，其中，满分的项目有0个，95分以上的项目有1个，90分-95分的项目有0个，90分以下的项目有0个")
                .holds("下设1个股室，分别为综合股")
                .holds("徐政财字〔2024〕50号")
                .holds("绩效目标实现程度达到50%的项目有1个，绩效目标实现程度在30%以下的项目有1个");
    }

    static SeedReport yanbianTradeUnion2024() {
        return SeedReport.of("001_70d2fb4dfce1c169.txt")
                .finds(COUNT_PARTS, "下属二级预算单位0个，其中行政单位0个，参照公务员法管理的事业单位0个，其他事业单位1个", "0个", "1个（0 + 0 + 1）")
                .finds(PERCENT_TRUNCATED, "与2023年度相比，收入、支出总计各减少83.89万元，下降26.52%", "26.53%", "26.52%")
                .finds(PERCENT_TRUNCATED, "基本支出200.09万元，占86.11%", "86.12%", "86.11%")
                .finds(PERCENT_TRUNCATED, "财政拨款收入总计、支出总计各减少83.89万元，下降26.52%", "26.53%", "26.52%")
                .finds(PERCENT_TRUNCATED, "一般公共预算财政拨款支出减少83.89万元，下降26.52%", "26.53%", "26.52%")
                .finds(SHARE_PERCENT, "社会保障和就业支出44.72万元，占19.28%", "19.25%", "19.28%")
                .finds(SHARE_PERCENT, "卫生健康支出14.26万元，占6.16%", "6.14%", "6.16%")
                .finds(YOY_PERCENT, "“三公”经费财政拨款支出决算为0.09万元，完成预算100%，较上年度增加0.04万元，增长8%", "80%", "8%")
                .finds(YOY_PERCENT, "公务接待费支出决算比2023年度增加0.04万元，增长8%", "80%", "8%")
                .finds(IMPLAUSIBLE_UNIT, "支出预算总额174.57元", "174.57万元", "174.57元")
                .finds(SCORE_BLANK, "财务管理制度", "0至4分", "空白")
                .finds(SCORE_SUM, "得分合计", "90分", "94分")
                .holds("本年收入合计232.34万元，其中：一般公共预算财政拨款收入232.34万元，占100%")
                .holds("项目支出32.25万元，占13.88%")
                .holds("一般公共服务支出160.45万元，占69%")
                .holds("住房保障支出12.91万元，占5.56%")
                .holds("机关运行经费支出15.52万元，比2023年度增加2.25万元，增长17%")
                .holds("基本支出200.09万元，（人员经费184.56万元；公用经费支出15.52万元）")
                .holds("项目支出32.25万元（省级资金23.99万元；春节送温暖1.6万元，困难职工救助3万元，劳模慰问津贴3.664万元）")
                .holds("项目支出32.254万元，具体为春节送温暖1.6万元、困难职工帮扶3万元、省级劳模资金23.99万元、劳模慰问津贴3.664万元")
                .holds("2024年度一般公共预算财政拨款基本支出200.09万元，其中：")
                .holds("2024年度一般公共预算财政拨款支出决算数为232.34万元，完成预算100%。其中：")
                .holds("下属一级预算单位2个，其中行政单位1个，其他事业单位1个")
                .holds("核定编制4人（其中：公务员编制3人，工勤编制1人）")
                .holds("实有在职人员7人（其中：公务员3人，工勤人员1人，事业人员3人）")
                .holds("因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算0万元，占0%；公务接待费支出决算0.09万元，占100%")
                .holds("因公出国（境）支出决算比2023年增加0万元，增长0%")
                .holds("公用经费15.52万元，主要包括：办公费、印刷费")
                .holds("部门整体绩效目标中选定3-5个核心职能目标");
    }

    static SeedReport caoheTown2023() {
        return SeedReport.of("002_1006a27b178e4561.txt")
                .finds(IMPLAUSIBLE_UNIT, "项目资金18.092382元", "18.092382万元", "18.092382元")
                .finds(DUPLICATE_ITEM, "信访稳定经费、预拨2023年中央自然灾害救灾资金、专项工作经费（运转保障）、纪检保障经费（运转保障）、"
                        + "人大工作经费（运转保障）、预拨2023年中央自然灾害救灾资金", "各项不重复（不同的有11项）",
                        "“预拨2023年中央自然灾害救灾资金”出现2次")
                .holds("自评得分90分以上的58个，得分60至90分3个，60分以下1个")
                .holds("其中，抽查项目3个，分别是漕河镇政府房顶维修费用、乡村振兴驻村工作队经费、选任专职人民调解员经费")
                .holds("每个工作队每年经费8万元，我镇4个工作队共32万元")
                .holds("资金到位41.02万元，经本单位再次核实，实际需要39.7426万元，结余1.2774万元")
                .holds("需资金72900元")
                .holds("冀办[2021]17")
                .holds("保组明字[2021]31号")
                .holds("共涉及62个预算项目，预算资金1672.92万元，支出资金1460.09万元，48个项目全部完成预期绩效目标");
    }

    static SeedReport junshanTradeUnion2024() {
        return SeedReport.of("003_cf53a38de1c347d1.txt")
                .finds(MALFORMED_NUMBER, "189.67190.2万元", "190.2万元", "189.67190.2万元")
                .holds("年中追加42.11万。一般公共财政拨款总预算数232.31万元")
                .holds("其中：人员类支出164.44万元，公用经费支出10.8万元。项目支出57.07万元")
                .holds("其中：人员类支出154.46万元、公用经费支出17.07万元。项目支出57.07万元")
                .holds("在职干部12人（行政编10人，事业编2人）")
                .holds("办公室和信息网络宣传部、基层工作和组织部、法律保障和经济服务部、女职工权益保障部、财务资产部、经审办、职工服务中心等7个部门")
                .holds("其中包括：社会职业化工作者12万元：乡镇街道工会工作经费10万元；困难职工帮扶专项9万元；劳模管理10万元等")
                .holds("惠及职工超2000人")
                .holds("累计在本地商户及农户消费超1000多万元")
                .holds("全年帮扶资金20余万")
                .holds("争取上级专项资金200余万元")
                .holds("合计\n\t100分\n\t　100");
    }

    static SeedReport xushuiHumanResources2023() {
        return SeedReport.of("004_91112916489ef226.txt")
                .finds(SUM_PARTS_EXCEED, "预算收入2544.94万元，其中：一般公共预算拨款2544.94万元，政府性基金拨款0万元，财政专户收入0万元，其他收入0.05万元",
                        "2544.94万元", "2544.99万元（2544.94 + 0 + 0 + 0.05）")
                .finds(SANGONG_SCOPE, "安排三公经费6.7万元，其中：公务用车运行维护费4.86万元，公务接待费1.66万元，会议费0万元，培训费0.18万元",
                        "6.52万元", "6.7万元（含会议费0万元、培训费0.18万元）")
                .finds(SUM_PARTS_EXCEED, "安排非税收入计划10万元，主要是中高级职称评审项目10.05万元，事业单位招聘工作人员考试33.59万元",
                        "10万元", "43.64万元（10.05 + 33.59）")
                .finds(SHARE_PERCENT, "国有资本经营支出11.42万元，占比0.34%", "0.33%", "0.34%")
                // Beyond DESIGN §6.3: the list ends with its catch-all 其他收入 yet is 11.48万元 short of the total.
                .finds(SUM_PARTS_SHORT, "决算收入3464.19万元，其中：财政拨款收入3448.42万元，其他收入4.29万元",
                        "3464.19万元", "3452.71万元（3448.42 + 4.29）")
                .holds("保基本民生安排资金19435.98万元，实际支出5780.26万元")
                .holds("2022年我部门三公经费4.30万元，2023年3.96万元，较2022年减少0.34万元")
                .holds("上缴非税收入34.49万元，其中：利息收入0.06万元，专业技术职务任职资格评审费收入0.84万元，事业单位招聘工作人员考试33.59万元")
                .holds("我部门配置资产1013.23万元，从资产类别分析，配置土地、房屋及构筑物523.33万元，占51.65%；配置设备413.54万元，占40.81%；"
                        + "配置文物和陈列品0.00万元，占0%；配置图书档案1.24万元，占0.12%；配置家具、用具68.28万元，占6.74%；无形资产6.84万元，占0.68%")
                .holds("流动资产29.81万元，较上年减少31.27%，占资产总额5.86%")
                .holds("资产负债率5.94%、现金比率为0%、 流动比率为118.43%、固定资产成新率为100%")
                .holds("其中其他应付款36.62万元，占比100%")
                .holds("我部门资产总额616.11万元，其中货币资金16.54万元，其他应收款净额21.79万元，固定资产净值572.74万元")
                .holds("社会保障和就业支出3350.28万元，占比96.73%", SHARE_PERCENT, PERCENT_TRUNCATED)
                .holds("卫生健康支出36.43万元，占比1.05%", SHARE_PERCENT, PERCENT_TRUNCATED)
                .holds("住房保障支出65.26万元，占比1.88%", SHARE_PERCENT, PERCENT_TRUNCATED)
                .holds("下设4个股室，分别为分别为办公室、事业单位管理股、工资福利保险股、劳动保障股")
                .holds("其中：中央资金就业补助资金1,435万元，省级就业补助资金265万元")
                .holds("共自评29个项目，其中，满分的项目有23个，95分以上的项目有2个，90分-95分的项目有0个，90分以下的项目有4个")
                .holds("管理绩效考核得分为84.8分")
                .holds("主要用于8个子项目，具体包含就业困难人员灵活就业社会保险补贴")
                .holds("落户奖励等补贴资金、等7项工作尚未开展")
                .holds("涉及资金0.14515万元")
                .holds("共计支出1699.854577万元，预算执行率100%")
                .holds("徐政财字〔2023〕73号")
                .holds("我部门在当天内解决完成");
    }

    @Test
    void whenTheXushuiTradeUnionReportIsChecked_thenItsCopiedFinalAccountIsFoundAndItsSumsHold() {
        SeedReport seed = xushuiTradeUnion2024();
        seed.verify(checker.check(seed.text()));
    }

    @Test
    void whenTheYanbianReportIsChecked_thenEveryWrongPercentageCountAndScoreIsFound() {
        SeedReport seed = yanbianTradeUnion2024();
        seed.verify(checker.check(seed.text()));
    }

    @Test
    void whenTheCaoheReportIsChecked_thenTheYuanAmountAndTheRepeatedProjectAreFound() {
        SeedReport seed = caoheTown2023();
        seed.verify(checker.check(seed.text()));
    }

    @Test
    void whenTheJunshanReportIsChecked_thenTheMalformedBudgetIsFoundWithTheReadingThatAddsUp() {
        SeedReport seed = junshanTradeUnion2024();
        seed.verify(checker.check(seed.text()));
    }

    @Test
    void whenTheXushuiHumanResourcesReportIsChecked_thenTheWrongSumsSanGongAndShareAreFound() {
        SeedReport seed = xushuiHumanResources2023();
        seed.verify(checker.check(seed.text()));
    }
}
