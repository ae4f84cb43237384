package cn.budgetperf.budget.reportcheck.adapter.cli;

import cn.budgetperf.budget.reportcheck.domain.ReportFinding;
import cn.budgetperf.budget.reportcheck.domain.ReportRule;
import cn.budgetperf.budget.reportcheck.domain.Severity;
import java.util.Arrays;
import java.util.List;

/** The readable summary: per file a headline, then each finding with its line, excerpt, and expected vs stated. */
final class TextSummary {

    private TextSummary() {
    }

    static String of(List<ReportCheckCommand.FileResult> results) {
        StringBuilder out = new StringBuilder();
        int withFindings = 0;
        for (ReportCheckCommand.FileResult result : results) {
            if (result.error() != null) {
                out.append(result.file()).append("：无法读取。").append(result.error()).append("\n\n");
                continue;
            }
            List<ReportFinding> findings = result.report().outcome().findings();
            out.append(result.file()).append("：");
            if (findings.isEmpty()) {
                out.append("未发现问题（核对了").append(result.report().outcome().claimsChecked()).append("处数字关系）\n\n");
                continue;
            }
            withFindings++;
            out.append("发现").append(findings.size()).append("处问题（错误").append(count(findings, Severity.ERROR))
                    .append("，警告").append(count(findings, Severity.WARNING)).append("；核对了")
                    .append(result.report().outcome().claimsChecked()).append("处数字关系）\n");
            for (ReportFinding f : findings) {
                out.append("  [").append(label(f.severity())).append("] 第").append(f.location().line()).append("行 ")
                        .append(title(f.ruleId())).append("（").append(f.ruleId()).append("）\n")
                        .append("    原文：").append(f.location().excerpt()).append('\n')
                        .append("    应为：").append(f.expected()).append("；报告：").append(f.actual()).append('\n')
                        .append("    说明：").append(f.message()).append('\n');
            }
            out.append('\n');
        }
        out.append("共检查").append(results.size()).append("份报告，").append(withFindings).append("份发现问题。\n");
        return out.toString();
    }

    private static long count(List<ReportFinding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static String label(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    private static String title(String ruleId) {
        return Arrays.stream(ReportRule.values()).filter(r -> r.id().equals(ruleId)).map(ReportRule::title).findFirst().orElse("");
    }
}
