package cn.budgetperf.budget.reportcheck.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * '三公'经费 are 因公出国（境）费, 公务用车购置及运行维护费 and 公务接待费 only; 会议费 and 培训费 are
 * tracked beside them but are not part of them (DESIGN §3).
 */
final class SanGongRule implements Rule {

    private static final Pattern NOT_SANGONG = Pattern.compile("会议费|培训费");

    @Override
    public void check(Report report, Findings findings) {
        for (Breakdown b : report.breakdowns()) {
            Quantity head = b.nearestHead();
            if (head == null || !head.isMoney() || !report.label(head).contains("三公")) {
                continue;
            }
            findings.checked();
            List<Breakdown.Part> foreign = b.parts().stream().filter(p -> NOT_SANGONG.matcher(p.label()).find()).toList();
            if (foreign.isEmpty()) {
                continue;
            }
            BigDecimal sanGong = b.parts().stream().filter(p -> !foreign.contains(p)).map(p -> p.amount().wanYuan())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String named = String.join("、", foreign.stream().map(p -> p.label() + Numbers.written(report, p.amount())).toList());
            findings.add(ReportRule.SANGONG_SCOPE,
                    "“" + report.label(head) + Numbers.written(report, head) + "”把" + named
                            + "计入了“三公”经费；会议费和培训费不属于“三公”经费（因公出国（境）费、公务用车购置及运行维护费、公务接待费），"
                            + "不计它们的“三公”经费为" + Numbers.wan(sanGong) + "。",
                    b.start(report), b.end(), Numbers.wan(sanGong), Numbers.written(report, head) + "（含" + named + "）");
        }
    }
}
