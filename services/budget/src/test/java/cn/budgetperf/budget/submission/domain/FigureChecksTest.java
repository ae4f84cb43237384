package cn.budgetperf.budget.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.budgetperf.contracts.values.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureChecksTest {

    @Test
    void whenSpendingIsWithinBudget_thenThereIsNoFinding() {
        assertThat(FigureChecks.check(SubmissionFixture.rsj2023().figures())).isEmpty();
    }

    @Test
    void whenSpendingExceedsBudget_thenAWarningStatesTheRateRoundedHalfUp() {
        List<Finding> findings = FigureChecks.check(SubmissionFixture.rsj2023().spent("100.005").budget("100").figures());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("EXEC-002");
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.message()).contains("执行率100.01%").contains("100.01万元").contains("100.00万元");
        });
    }

    @Test
    void whenSpendingEqualsBudget_thenThereIsNoFinding() {
        assertThat(FigureChecks.check(SubmissionFixture.rsj2023().spent("100").budget("100.000000").figures())).isEmpty();
    }

    @Test
    void whenAnAmountIsNegative_thenFiguresCannotBeBuilt() {
        assertThatThrownBy(() -> new Figures(Money.parse("-1"), Money.ZERO, Money.ZERO)).hasMessageContaining("不能为负数");
    }
}
