package cn.budgetperf.indicator.framework.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkTest {

    private static FrameworkItem item(String key, String name, String max, FrameworkItem... children) {
        return new FrameworkItem(key, name, max == null ? null : new BigDecimal(max), null, null, ItemKind.SCORED, List.of(children));
    }

    private static Framework framework(FrameworkItem... items) {
        return new Framework("test-1", "test", 1, "测试框架", "测试", Scope.DEPARTMENT, List.of(items));
    }

    @Test
    void whenAnItemHasANegativeMaximum_thenTheFrameworkIsRefusedNamingIt() {
        assertThatThrownBy(() -> framework(item("a", "预算管理", "-5")))
                .isInstanceOf(InvalidFramework.class)
                .hasMessage("评价框架“测试框架”的评分项“预算管理”的满分不能为负数，实际为-5。");
    }

    @Test
    void whenChildrenDoNotAddUpToTheirParent_thenTheFrameworkIsRefusedWithBothSums() {
        assertThatThrownBy(() -> framework(item("a", "总体绩效", "65", item("b", "履职效能", "15"), item("c", "预算管理", "28"))))
                .hasMessage("评价框架“测试框架”的评分项“总体绩效”满分为65分，但其下各项满分合计为43分。");
    }

    @Test
    void whenAGroupLeavesItsMaximumToConfiguration_thenTheFrameworkIsRefused() {
        assertThatThrownBy(() -> framework(item("a", "总体绩效", null, item("b", "履职效能", "15"))))
                .hasMessageContaining("缺少满分");
    }

    @Test
    void whenKeysRepeatOrAreMalformed_thenTheFrameworkIsRefused() {
        assertThatThrownBy(() -> framework(item("a", "甲", "1"), item("a", "乙", "2"))).hasMessageContaining("与同级评分项重复");
        assertThatThrownBy(() -> framework(item("A B", "甲", "1"))).hasMessageContaining("只能包含小写字母、数字和连字符");
        assertThatThrownBy(() -> framework()).hasMessage("评价框架“测试框架”没有评分项。");
    }
}
