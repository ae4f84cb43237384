package cn.budgetperf.budget.reportcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever text comes in, the checker answers: random mixtures of the seeds' words, numbers, units and
 * punctuation never make it throw, and every finding's offsets lie inside the text.
 */
class ReportCheckerRobustnessTest {

    private static final List<String> PIECES = List.of("支出合计", "其中", "：", "，", "；", "。", "\n", "\t", "（", "）", "、",
            "占", "占比", "%", "％", "万元", "元", "亿元", "万", "个", "人", "分", "年", "比上年", "较2023年", "增加", "减少",
            "增长", "下降", "年初预算", "追加", "全年预算", "执行率", "结余", "分别为", "等", "约", "余", "超", "至", "-",
            "三公", "会议费", "得分合计", "自评得分", "分值", "得分为", "如下", "（一）", "扣分", "[bookmark: _Toc1]",
            "0", "1", "12", "99999999999999999999", "3.14", "0.005", "1,234", "189.67190.2", "００", ".", "..", "2024");

    @Test
    void whenTextIsRandom_thenTheCheckerNeverThrowsAndLocationsStayInsideTheText() {
        ReportChecker checker = new ReportChecker();
        Random random = new Random(20241124);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String input = text.toString();
            assertThatCode(() -> checker.check(input)).as(input).doesNotThrowAnyException();
            checker.check(input).findings().forEach(f -> {
                assertThat(f.location().start()).as(input).isBetween(0, input.length());
                assertThat(f.location().end()).as(input).isBetween(f.location().start(), input.length());
            });
        }
    }

    @Test
    void whenACountIsAbsurdlyLarge_thenItIsComparedWithoutOverflow() {
        assertThat(new ReportChecker().check("下设99999999999个科室，分别为办公室、财务科。").findings())
                .extracting(ReportFinding::ruleId).containsExactly(ReportRule.COUNT_LIST.id());
    }
}
