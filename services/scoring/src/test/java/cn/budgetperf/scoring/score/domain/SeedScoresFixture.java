package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeds' department self-evaluations, transcribed from {@code shared/seeds/}: item names, maxima and
 * self-scores as the reports state them (盐边 001 附表1, 徐水人社局 004 §二, 徐水总工会 000 §二).
 */
public final class SeedScoresFixture {

    private SeedScoresFixture() {
    }

    /** 001 盐边县总工会 2024, 部门预算绩效自评打分表: 财务管理制度 (4) left blank, 得分合计 stated as 94. */
    public static SelfEvaluationInput yanbian2024() {
        List<SelfEvaluationInput.Item> items = new ArrayList<>();
        String fw = "yanbian-dept-2024/";
        items.add(item(fw + "overall/effectiveness/result", "履职效能 › XX履职效果", "15", "15"));
        items.add(item(fw + "overall/budget/quality", "预算管理 › 预算编制质量", "8", "8"));
        items.add(item(fw + "overall/budget/disclosure", "预算管理 › 预决算信息公开", "3", "3"));
        items.add(item(fw + "overall/budget/three-public", "预算管理 › “三公经费”变动情况", "4", "4"));
        items.add(item(fw + "overall/budget/progress", "预算管理 › 支出执行进度", "6", "6"));
        items.add(item(fw + "overall/budget/balance", "预算管理 › 预算年终结余", "2", "2"));
        items.add(item(fw + "overall/budget/general-spending", "预算管理 › 严控一般性支出", "5", "5"));
        items.add(item(fw + "overall/finance/system", "财务管理 › 财务管理制度", "4", null));
        items.add(item(fw + "overall/finance/posts", "财务管理 › 财务岗位设置", "2", "2"));
        items.add(item(fw + "overall/finance/use", "财务管理 › 资金使用规范", "4", "4"));
        items.add(item(fw + "overall/assets/integrity", "资产管理 › 资产管理完整性", "3", "3"));
        items.add(item(fw + "overall/assets/revitalisation", "资产管理 › 资产盘活率", "3", "1"));
        items.add(item(fw + "overall/procurement/sme", "采购管理 › 支持中小企业发展", "3", "1"));
        items.add(item(fw + "overall/procurement/execution", "采购管理 › 采购执行率", "3", "1"));
        items.add(item(fw + "project/decision/procedure", "项目决策 › 决策程序", "4", "4"));
        items.add(item(fw + "project/decision/target", "项目决策 › 目标设置", "4", "4"));
        items.add(item(fw + "project/decision/library", "项目决策 › 项目入库", "4", "4"));
        items.add(item(fw + "project/execution/direction", "项目执行 › 执行同向", "4", "4"));
        items.add(item(fw + "project/execution/adjustment", "项目执行 › 项目调整", "4", "4"));
        items.add(item(fw + "project/execution/result", "项目执行 › 执行结果", "4", "4"));
        items.add(item(fw + "project/achievement/completion", "目标实现 › 目标完成", "4", "4"));
        items.add(item(fw + "project/achievement/deviation", "目标实现 › 目标偏离", "4", "4"));
        items.add(item(fw + "project/achievement/effect", "目标实现 › 实现效果", "3", "3"));
        items.add(new SelfEvaluationInput.Item(fw + "deduction/cooperation", "扣分项 › 被评价部门配合度", new BigDecimal("10"), null, true, true));
        return new SelfEvaluationInput("yanbian-dept-2024", new BigDecimal("94"), null, items);
    }

    /**
     * 004 徐水人社局 2023: the categories' scores as stated (84.8 in all, 换算得分 91.18). The report does not
     * list each category's maximum, only their applicable sum (84.8 / 91.18 × 100 = 93); the maxima here
     * are one configuration with that sum (the bureau configures them; any split with the same sum gives
     * the same converted score, see {@code ScoringPropertiesTest}).
     */
    static SelfEvaluationInput xushuiRsj2023(List<String> maxima) {
        String[][] rows = {
                {"policy", "重大政策落实", "10.5"}, {"budgeting", "预算编制管理", "10"}, {"execution", "预算执行管理", "19.1"},
                {"performance", "预算绩效管理", "20.8"}, {"assets", "资产管理", "4.4"}, {"debt", "债务管理", "1"},
                {"transparency", "预算透明度", "7.5"}, {"informatization", "预算信息化", "11.5"}, {"reform", "参与财政改革创新", "0"}};
        List<SelfEvaluationInput.Item> items = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            items.add(item("xushui-dept-2023/" + rows[i][0], rows[i][1], maxima.get(i), rows[i][2]));
        }
        items.add(new SelfEvaluationInput.Item("xushui-dept-2023/problems", "存在问题", new BigDecimal("10"), BigDecimal.ZERO, true, true));
        return new SelfEvaluationInput("xushui-dept-2023", new BigDecimal("84.8"), new BigDecimal("91.18"), items);
    }

    static final List<String> XUSHUI_2023_MAXIMA = List.of("12", "11", "20", "22", "5", "2", "8", "12", "1");

    /** 000 徐水总工会 2024: six categories, 67.5 in all, 换算得分 100, so every applicable item is at its maximum. */
    static SelfEvaluationInput xushuiZgh2024() {
        String[][] rows = {
                {"policy", "重大政策落实", "6"}, {"budgeting", "预算编制管理", "10.5"}, {"execution", "预算执行管理", "13.5"},
                {"performance", "预算绩效管理", "24.5"}, {"transparency", "预算透明度", "6.5"}, {"informatization", "预算信息化", "6.5"}};
        List<SelfEvaluationInput.Item> items = new ArrayList<>();
        for (String[] r : rows) {
            items.add(item("xushui-dept-2024/" + r[0], r[1], r[2], r[2]));
        }
        return new SelfEvaluationInput("xushui-dept-2024", new BigDecimal("67.5"), new BigDecimal("100"), items);
    }

    static SelfEvaluationInput.Item item(String code, String name, String max, String points) {
        return new SelfEvaluationInput.Item(code, name, new BigDecimal(max), points == null ? null : new BigDecimal(points), true, false);
    }
}
