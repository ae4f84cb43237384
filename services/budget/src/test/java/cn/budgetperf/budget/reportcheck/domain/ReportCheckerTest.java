package cn.budgetperf.budget.reportcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each claim kind with sentences of our own: a consistent variant gives nothing, a broken one exactly one finding. */
class ReportCheckerTest {

    private final ReportChecker checker = new ReportChecker();

    private List<ReportFinding> check(String text) {
        return checker.check(text).findings();
    }

    private ReportFinding single(String text, ReportRule rule) {
        List<ReportFinding> findings = check(text);
        assertThat(findings).as("findings of: %s", text).extracting(ReportFinding::ruleId).containsExactly(rule.id());
        return findings.get(0);
    }

    private void nothing(String text) {
        assertThat(check(text)).as("findings of: %s", text).isEmpty();
    }

    @Nested
    class TotalsAndParts {

        @Test
        void whenPartsAddUpToTheTotal_thenNothingIsFound() {
            nothing("2025年本单位支出合计350.00万元，其中：人员经费210.50万元，公用经费39.50万元，项目支出100.00万元。");
        }

        @Test
        void whenPartsExceedTheTotal_thenTheFindingGivesBothSums() {
            ReportFinding f = single("2025年本单位支出合计350.00万元，其中：人员经费210.50万元，公用经费39.50万元，项目支出110.00万元。",
                    ReportRule.SUM_PARTS_EXCEED);

            assertThat(f.expected()).isEqualTo("350万元");
            assertThat(f.actual()).startsWith("360万元");
            assertThat(f.location().excerpt()).startsWith("2025年本单位支出合计350.00万元").endsWith("项目支出110.00万元");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        }

        @Test
        void whenAPartialListFallsShortOfTheTotal_thenNothingIsFound() {
            nothing("全年支出合计350万元，其中：人员经费210.5万元，公用经费39.5万元。");
        }

        @Test
        void whenAListWithItsOtherItemFallsShort_thenItIsAWarning() {
            ReportFinding f = single("本年收入合计300万元，其中：财政拨款收入250万元，其他收入40万元。", ReportRule.SUM_PARTS_SHORT);

            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("少10万元");
        }

        @Test
        void whenRoundedPartsMissTheTotalByLessThanHalfAFenPerAddend_thenNothingIsFound() {
            nothing("专项资金合计10.01万元，其中：宣传费3.34万元，印刷费3.33万元，资料费3.33万元。");
        }

        @Test
        void whenAmountsUseThousandSeparatorsAndDifferentUnits_thenTheyAreAddedInWanYuan() {
            nothing("项目资金合计1.5亿元，其中：基建投入12,000万元，设备购置3,000万元。");
            nothing("会务经费合计2.5万元，其中：场地费12000元，资料费13000元。");
            single("预算安排2,000万元，其中：中央资金1,500万元，省级资金600万元。", ReportRule.SUM_PARTS_EXCEED);
        }

        @Test
        void whenTheListAddsUpToAnEarlierTotalOfTheSentence_thenNothingIsFound() {
            nothing("保运转安排资金120万元，实际支出80万元，包括办公经费70万元，水电费50万元。");
        }

        @Test
        void whenTheListGoesOnOverTheNextLines_thenEachLineGivesOnePart() {
            String lines = """
                    2025年度一般公共预算财政拨款支出决算数为100.00万元，完成预算100%。其中：
                    1.一般公共服务（类）行政运行（项）：支出决算为60.00万元，完成预算100%。
                    2.社会保障和就业（类）机关事业单位基本养老保险缴费（项）：支出决算为40.00万元，完成预算100%。
                    六、基本支出情况说明
                    基本支出80万元。
                    """;

            nothing(lines);
            ReportFinding f = single(lines.replace("40.00万元", "45.00万元"), ReportRule.SUM_PARTS_EXCEED);
            assertThat(f.location().excerpt()).startsWith("2025年度一般公共预算财政拨款支出决算数为100.00万元").endsWith("45.00万元");
        }

        @Test
        void whenTheTotalIsApproximate_thenTheSumIsNotHeldExact() {
            nothing("累计投入资金约300万元，其中：基础设施200万元，设备购置150万元。");
        }

        @Test
        void whenAPartIsApproximate_thenTheSumIsNotHeldExact() {
            nothing("项目总投资500万元，其中：财政资金400余万元，自筹资金150万元。");
        }

        @Test
        void whenNestedParenthesesListSubParts_thenEachLevelIsCheckedAgainstItsOwnTotal() {
            nothing("部门支出100万元，其中：基本支出60万元（人员经费50万元；公用经费10万元）项目支出40万元（培训15万元；宣传25万元）。");
            single("部门支出100万元，其中：基本支出60万元（人员经费55万元；公用经费10万元）项目支出40万元。", ReportRule.SUM_PARTS_EXCEED);
        }
    }

    @Nested
    class Shares {

        @Test
        void whenSharesMatchTheirBase_thenNothingIsFound() {
            nothing("本年支出合计500万元，其中：基本支出400万元，占80%；项目支出100万元，占20%。");
        }

        @Test
        void whenAShareIsWrong_thenTheFindingGivesTheRoundedValue() {
            ReportFinding f = single("本年支出合计500万元，其中：基本支出400万元，占81%；项目支出100万元，占19%。".replace("占19%", "占20%"),
                    ReportRule.SHARE_PERCENT);

            assertThat(f.expected()).isEqualTo("80%");
            assertThat(f.actual()).isEqualTo("81%");
            assertThat(f.location().excerpt()).isEqualTo("基本支出400万元，占81%");
        }

        @Test
        void whenAShareIsTruncatedInsteadOfRounded_thenThatIsItsOwnFinding() {
            ReportFinding f = single("资金合计3000万元，其中：甲项目1000万元，占33.33%；乙项目2000万元，占66.66%。",
                    ReportRule.PERCENT_TRUNCATED);

            assertThat(f.expected()).isEqualTo("66.67%");
            assertThat(f.actual()).isEqualTo("66.66%");
        }

        @Test
        void whenTheListHasNoTotalButItsSharesMakeAHundred_thenTheSumOfThePartsIsTheBase() {
            nothing("按功能分类包含：教育支出30万元，占30%；卫生健康支出70万元，占70%。");
            assertThat(check("按功能分类包含：教育支出30万元，占31%；卫生健康支出70万元，占69%。"))
                    .extracting(ReportFinding::ruleId).containsExactly(ReportRule.SHARE_PERCENT.id(), ReportRule.SHARE_PERCENT.id());
        }

        @Test
        void whenTheSentenceNamesItsBase_thenTheShareIsCheckedAgainstThatAmount() {
            single("本年支出合计400万元，项目支出120万元，占本年支出合计的25%。", ReportRule.SHARE_PERCENT);
            nothing("本年支出合计400万元，项目支出120万元，占本年支出合计的30%。");
        }

        @Test
        void whenTheNamedBaseIsNotWrittenInTheSentence_thenNothingIsGuessed() {
            nothing("流动资产29.81万元，较上年减少31.27%，占资产总额5.86%。");
            nothing("项目支出120万元，占本年支出合计的25%。");
        }

        @Test
        void whenSharesStandWithoutOpeningWords_thenTheFirstAmountIsTheBase() {
            nothing("配置资产200万元，从资产类别分析，配置设备150万元，占75%；配置家具50万元，占25%。");
            single("配置资产200万元，从资产类别分析，配置设备150万元，占70%；配置家具50万元，占25%。", ReportRule.SHARE_PERCENT);
        }
    }

    @Nested
    class YearOnYear {

        @Test
        void whenTheChangeAndItsPercentageHold_thenNothingIsFound() {
            nothing("2025年度会议费支出12.6万元，比2024年度减少1.4万元，下降10%。");
            nothing("2025年度机关运行经费为45.00万元。与2024年度相比，机关运行经费增加5.00万元，增长12.5%。");
        }

        @Test
        void whenThePercentageIsWrong_thenThePreviousYearIsDerivedFromTheChange() {
            ReportFinding f = single("2025年度会议费支出12.6万元，比2024年度减少1.4万元，下降11%。", ReportRule.YOY_PERCENT);

            assertThat(f.message()).contains("上年数为14万元");
            assertThat(f.expected()).isEqualTo("10%");
        }

        @Test
        void whenBothYearsAreWritten_thenTheChangeIsCheckedAgainstThem() {
            nothing("2024年培训费8万元，2025年9.2万元，较2024年增加1.2万元，增长15%。");
            ReportFinding f = single("2024年培训费8万元，2025年9.2万元，较2024年增加1.5万元。", ReportRule.YOY_AMOUNT);

            assertThat(f.expected()).isEqualTo("增加1.2万元");
        }

        @Test
        void whenTheChangeIsApproximate_thenNothingIsChecked() {
            nothing("全年支出约45万元，比上年增加约5万元，增长20%。");
        }

        @Test
        void whenTheAmountBeforeSpeaksOfSomethingElse_thenItIsNotTakenAsThisYears() {
            nothing("全年支出合计300万元。公务接待费比上年增加2万元，增长50%。");
        }
    }

    @Nested
    class Budgets {

        @Test
        void whenTheAdjustedBudgetHolds_thenNothingIsFound() {
            nothing("年初预算300万元，年中追加50万元，调减20万元，调整后预算330万元。");
        }

        @Test
        void whenTheAdjustedBudgetIsWrong_thenTheFindingGivesTheSum() {
            ReportFinding f = single("年初预算300万元，年中追加50万元，调减20万元，调整后预算340万元。", ReportRule.BUDGET_ADJUSTMENT);

            assertThat(f.expected()).isEqualTo("330万元");
            assertThat(f.actual()).isEqualTo("340万元");
        }

        @Test
        void whenTheExecutionRateHolds_thenNothingIsFound() {
            nothing("项目预算数为80万元，实际支出72万元，预算执行率90%。");
            nothing("就业补助资金预算1700万元，共计支出1699.854577万元，预算执行率100%。");
        }

        @Test
        void whenTheExecutionRateIsWrong_thenItIsFound() {
            assertThat(single("项目预算数为80万元，实际支出72万元，预算执行率92%。", ReportRule.EXECUTION_RATE).expected())
                    .isEqualTo("90%");
        }

        @Test
        void whenTheBalanceIsBudgetLessSpending_thenNothingIsFound() {
            nothing("资金到位60万元，实际支出55.5万元，结余4.5万元退回国库。");
            single("资金到位60万元，实际支出55.5万元，结余5万元退回国库。", ReportRule.BALANCE);
        }
    }

    @Nested
    class Counts {

        @Test
        void whenTheBreakdownOfACountHolds_thenNothingIsFound() {
            nothing("本单位共有在编人员25人，其中：行政编制19人，事业编制6人。");
            nothing("在职职工15人（男职工9人，女职工6人），退休人员4人。");
        }

        @Test
        void whenTheBreakdownExceedsTheCount_thenItIsFound() {
            single("本单位共有在编人员25人，其中：行政编制20人，事业编制6人。", ReportRule.COUNT_PARTS);
            single("在职职工15人（男职工9人，女职工7人）。", ReportRule.COUNT_PARTS);
        }

        @Test
        void whenNamesAreListedForACount_thenTheirNumberMustMatch() {
            nothing("局机关下设3个科室，分别为办公室、财务科、业务科。");
            ReportFinding f = single("局机关下设4个科室，分别为办公室、财务科、业务科。", ReportRule.COUNT_LIST);

            assertThat(f.expected()).isEqualTo("4个");
            assertThat(f.actual()).isEqualTo("3个");
        }

        @Test
        void whenTheLastNameIsJoinedWithAnd_thenItCountsAsTwo() {
            nothing("资金用于4个子项目，具体包含创业补贴、见习补贴、社保补贴以及平台建设。");
        }

        @Test
        void whenAListRepeatsAnItem_thenItIsFound() {
            ReportFinding f = single("重点支持道路维修工程、路灯改造工程、道路维修工程等项目。", ReportRule.DUPLICATE_ITEM);

            assertThat(f.actual()).contains("道路维修工程");
        }
    }

    @Nested
    class Scores {

        private static final String SECTIONS = """
                二、自评情况
                通过自评，我单位绩效评价得分为45.5分，换算得分为91分，具体情况如下：
                （一）预算编制情况，得分20分
                编制规范。
                （二）预算执行情况，得分15.5分
                执行及时。
                （三）绩效管理情况，得分12分
                （四）存在问题，扣分2分
                三、下一步措施
                （一）加强管理，得分100分
                """;

        @Test
        void whenAScoreIsSplitInTheSameSentence_thenThePartsMustMakeIt() {
            nothing("项目自评得分95分，其中：产出指标45分，效益指标30分，满意度指标10分，预算执行率10分。");
            assertThat(single("项目自评得分95分，其中：产出指标45分，效益指标30分，满意度指标12分，预算执行率10分。",
                    ReportRule.SCORE_SUM).actual()).isEqualTo("97分（45 + 30 + 12 + 10）");
        }

        @Test
        void whenScoreBandsCountProjects_thenTheBandsAreNoScoresToAdd() {
            nothing("共5个项目，其中：自评得分90分（含）以上的项目4个，80-90分的项目1个。");
            single("共5个项目，其中：自评得分90分（含）以上的项目4个，80-90分的项目2个。", ReportRule.COUNT_PARTS);
        }

        @Test
        void whenSectionScoresLessDeductionsMakeTheTotal_thenNothingIsFound() {
            nothing(SECTIONS);
        }

        @Test
        void whenSectionScoresDoNotMakeTheTotal_thenItIsFound() {
            assertThat(single(SECTIONS.replace("得分12分", "得分13分"), ReportRule.SCORE_SUM).expected()).isEqualTo("46.5分");
        }

        private static final String TABLE = """
                自评打分表
                \t指标
                \t分值
                \t指标解释
                \t自评得分

                \t预算编制
                \t10
                \t是否按要求编制
                \t9

                \t预算执行
                \t20
                \t执行进度
                \t18.5

                \t信息公开
                \t5
                \t是否公开
                \t5

                \t得分合计
                \t
                \t
                \t32.5

                """;

        @Test
        void whenTheScoreTableAddsUp_thenNothingIsFound() {
            nothing(TABLE);
        }

        @Test
        void whenAScoreIsBlankOrAboveItsMaximum_thenEachIsFound() {
            List<ReportFinding> findings = check(TABLE.replace("\t9\n", "\t\n").replace("\t5\n\n\t得分", "\t6\n\n\t得分"));

            assertThat(findings).extracting(ReportFinding::ruleId).containsExactlyInAnyOrder(ReportRule.SCORE_BLANK.id(),
                    ReportRule.SCORE_OVER_MAX.id(), ReportRule.SCORE_SUM.id());
        }
    }

    @Nested
    class SanGong {

        @Test
        void whenSanGongListsOnlyItsOwnParts_thenNothingIsFound() {
            nothing("2025年“三公”经费支出5.2万元，其中：公务接待费2.2万元，公务用车运行维护费3万元。");
        }

        @Test
        void whenSanGongCountsTrainingOrMeetings_thenItIsFoundEvenIfTheSumHolds() {
            ReportFinding f = single("2025年“三公”经费支出5.7万元，其中：公务接待费2.2万元，公务用车运行维护费3万元，培训费0.5万元。",
                    ReportRule.SANGONG_SCOPE);

            assertThat(f.expected()).isEqualTo("5.2万元");
        }

        @Test
        void whenMeetingFeesAreListedUnderPublicFunds_thenNothingIsFound() {
            nothing("公用经费15万元，主要包括：办公费、会议费、培训费、公务接待费等。");
        }
    }

    @Nested
    class Numbers {

        @Test
        void whenANumberHasTwoDecimalPoints_thenItIsMalformed() {
            ReportFinding f = single("全年支出合计12.3412.5万元。", ReportRule.MALFORMED_NUMBER);

            assertThat(f.location().excerpt()).isEqualTo("12.3412.5万元");
        }

        @Test
        void whenDatesOrVersionsHaveSeveralPoints_thenTheyAreNoNumbers() {
            nothing("于2024.12.31前完成，系统升级到V2.3.1版本。");
        }

        @Test
        void whenAYuanAmountHasMoreThanTwoDecimals_thenTheUnitIsImplausible() {
            assertThat(single("拨付维修资金25.123456元。", ReportRule.IMPLAUSIBLE_UNIT).expected()).isEqualTo("25.123456万元");
        }

        @Test
        void whenTheSameNumberIsWrittenInWanYuanBeside_thenTheYuanIsImplausible() {
            single("收入预算总额30.5万元，支出预算总额30.5元。", ReportRule.IMPLAUSIBLE_UNIT);
        }

        @Test
        void whenYuanAreMeantAsYuan_thenNothingIsFound() {
            nothing("调解员每人每月补贴2000元，意外保险每人每年300元，共需资金72900元。");
        }
    }

    @Nested
    class Adversarial {

        @Test
        void whenNumbersStandInDatesDocumentNumbersAndPhoneNumbers_thenTheyTakePartInNoClaim() {
            nothing("根据徐政财字〔2024〕50号文件，2024年12月31日前下达资金50万元，其中：一般公共预算50万元。咨询电话0312-8681234。");
            nothing("依据冀办[2021]17号和区政府办【2019】30号文，1-6月份共支出12万元。");
        }

        @Test
        void whenRangesAreWritten_thenTheirEndsAreNoParts() {
            nothing("共自评62个项目，其中：得分90分以上的58个，得分60至90分的3个，60分以下的1个。");
            nothing("选定3-5个核心职能目标，得16—18分。");
        }

        @Test
        void whenCountsAreApproximate_thenTheyAreNotHeldExact() {
            nothing("慰问职工超2000人，其中：一线职工1500余人，困难职工600人。");
            nothing("服务职工近万人次，惠及近160名青年，其中女职工100余名。");
        }

        @Test
        void whenDigitsAreFullWidth_thenTheyAreRead() {
            single("支出合计１００万元，其中：甲支出６０万元，乙支出５０万元。", ReportRule.SUM_PARTS_EXCEED);
            nothing("支出合计１００万元，其中：甲支出６０万元，占６０％；乙支出４０万元，占４０％。");
        }

        @Test
        void whenBookmarkResidueSitsInsideTheText_thenOffsetsStillPointIntoTheOriginal() {
            String text = "[bookmark: _Toc1]支出合计100万元，其中：人员经费[bookmark: OLE_LINK1]70万元，公用经费40万元。";

            ReportFinding f = single(text, ReportRule.SUM_PARTS_EXCEED);

            assertThat(f.location().excerpt()).isEqualTo("支出合计100万元，其中：人员经费70万元，公用经费40万元");
            assertThat(text.substring(f.location().start(), f.location().end())).startsWith("支出合计100万元").endsWith("40万元");
        }

        /** Sentences in the common templates of 部门决算 and 绩效自评 reports, every figure consistent. */
        @Test
        void whenAConsistentReportInTheCommonTemplatesIsChecked_thenNothingIsFound() {
            nothing("""
                2024年度收入总计1,234.56万元，支出总计1,234.56万元。与2023年度相比，收入、支出总计各增加100.00万元，增长8.81%。其中：基本支出800.00万元，占64.8%；项目支出434.56万元，占35.2%。
                2024年度一般公共预算财政拨款支出1,234.56万元，主要用于以下方面：一般公共服务（类）支出600.00万元，占48.6%；教育（类）支出34.56万元，占2.8%；社会保障和就业（类）支出500.00万元，占40.5%；卫生健康（类）支出100.00万元，占8.1%。
                2024年度“三公”经费财政拨款支出预算为5.00万元，支出决算为4.50万元，完成预算的90%。其中：因公出国（境）费支出决算0万元，完成预算的0%；公务用车购置及运行维护费支出决算3.00万元，完成预算的100%；公务接待费支出决算1.50万元，完成预算的75%。
                2024年度“三公”经费支出决算数比2023年度减少0.50万元，下降10%。
                全年接待国内来访团组10批次、100人次。
                2024年，本部门机关运行经费支出50.00万元，比上年减少5.00万元，降低9.09%。
                截至2024年12月31日，本部门共有车辆2辆，其中：主要领导干部用车0辆、机要通信用车0辆、应急保障用车1辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车1辆。
                本部门2024年度政府采购支出总额20.00万元，其中：政府采购货物支出10.00万元、政府采购工程支出0万元、政府采购服务支出10.00万元。授予中小企业合同金额20.00万元，占政府采购支出总额的100%，其中：授予小微企业合同金额15.00万元，占政府采购支出总额的75%。
                组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目5个，资金300万元，占一般公共预算项目支出总额的100%。
                本部门下属单位共3个，其中行政单位1个、事业单位2个。
                编制人数20人，其中行政编制15人，事业编制5人；实有人数18人，其中行政人员14人，事业人员4人。
                2024年年初结转和结余10.00万元，年末结转和结余5.00万元。
                2024年度本年收入合计500.00万元，比上年增加50.00万元，增长11.11%。其中：财政拨款收入480.00万元，占96%；其他收入20.00万元，占4%。
                本部门2024年度部门决算包括：部门本级决算、所属单位决算。纳入本部门2024年度部门决算编制范围的二级预算单位包括：1.XX中心；2.XX站。
                2024年度收、支总计均为856.78万元。与2023年度相比，收、支总计各减少43.22万元，下降4.8%。主要原因是人员调动。
                2024年度本年收入合计800.00万元，其中：一般公共预算财政拨款收入780.00万元，占97.5%；事业收入20.00万元，占2.5%。
                2024年度本年支出合计820.00万元，其中：基本支出600.00万元，占73.17%；项目支出220.00万元，占26.83%。
                2024年度财政拨款支出780.00万元，占本年支出合计的95.12%。与2023年度相比，财政拨款支出增加30.00万元，增长4%。
                一般公共预算财政拨款基本支出600.00万元，其中：人员经费550.00万元，主要包括：基本工资、津贴补贴、奖金；公用经费50.00万元，主要包括：办公费、印刷费。
                2024年度“三公”经费财政拨款支出决算为3.20万元，完成预算的80%，决算数小于预算数的主要原因是厉行节约。与上年相比减少0.80万元，下降20%。
                2024年度会议费支出2.00万元，共召开会议5次，参会人数200人；培训费支出3.00万元，共组织培训4次，参训人数150人。
                项目绩效自评结果：共5个项目，其中：自评得分90分（含）以上的项目4个，80-90分的项目1个。
                满意度调查共发放问卷100份，回收98份，回收率98%，满意度达到95%以上。
                项目预算资金50万元，全年执行45万元，执行率90%，结余5万元。
                本年度共开展培训12期，培训人数600余人次，其中：专业技术人员400人次，管理人员200人次。
                全年处理来信来访35件，办结率100%，群众满意率98.5%。
                2024年预算安排100万元，其中：上年结转20万元，当年新增80万元，年中追加15万元，全年预算115万元。
                    """);
        }

        @Test
        void whenTheCommonTemplatesCarryOneErrorPerLine_thenEachIsFound() {
            List<ReportFinding> findings = check("""
                    2024年度本年支出合计820.00万元，其中：基本支出600.00万元，占73.17%；项目支出220.00万元，占26.38%。
                    2024年度收、支总计均为856.78万元。与2023年度相比，收、支总计各减少43.22万元，下降5.8%。
                    基本支出600.00万元，其中：人员经费550.00万元，主要包括：基本工资、津贴补贴；公用经费60.00万元，主要包括：办公费。
                    年初预算100万元，年中追加15万元，全年预算125万元。
                    2024年“三公”经费预算8万元，其中：公务接待费3万元，公务用车运行维护费4万元，会议费1万元。
                    本单位下设3个科室，分别为办公室、财务股。
                    """);

            assertThat(findings).extracting(f -> f.location().line(), ReportFinding::ruleId).containsExactly(
                    Tuple.tuple(1, ReportRule.SHARE_PERCENT.id()),
                    Tuple.tuple(2, ReportRule.YOY_PERCENT.id()),
                    Tuple.tuple(3, ReportRule.SUM_PARTS_EXCEED.id()),
                    Tuple.tuple(4, ReportRule.BUDGET_ADJUSTMENT.id()),
                    Tuple.tuple(5, ReportRule.SANGONG_SCOPE.id()),
                    Tuple.tuple(6, ReportRule.COUNT_LIST.id()));
        }

        @Test
        void whenTheSentenceBeforeEndsWithAChange_thenTheChangeIsNotTakenAsTheTotal() {
            nothing("收入总计1234.56万元。与上年相比增加100.00万元，增长8.81%。其中：基本支出800.00万元，占64.8%；项目支出434.56万元，占35.2%。");
        }

        @Test
        void whenASecondTotalOpensItsOwnList_thenItIsNoPartOfTheFirst() {
            nothing("编制人数20人，其中行政编制15人，事业编制5人；实有人数18人，其中行政人员14人，事业人员4人。");
            single("编制人数20人，其中行政编制15人，事业编制6人；实有人数18人，其中行政人员14人，事业人员4人。", ReportRule.COUNT_PARTS);
        }

        @Test
        void whenAnAdjustmentFollowsTheParts_thenItEndsTheList() {
            nothing("2024年预算安排100万元，其中：上年结转20万元，当年新增80万元，年中追加15万元，全年预算115万元。");
        }

        @Test
        void whenTextHasNoFiguresAtAll_thenNothingIsFound() {
            nothing("加强预算编制的精准度，提高预算执行率，建立全面的绩效监控体系。");
            nothing("");
        }
    }
}
