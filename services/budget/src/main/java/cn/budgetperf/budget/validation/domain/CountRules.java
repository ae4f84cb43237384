package cn.budgetperf.budget.validation.domain;

import static cn.budgetperf.budget.validation.domain.Category.ACCURACY;
import static cn.budgetperf.budget.validation.domain.Severity.ERROR;

import cn.budgetperf.budget.document.domain.CountBreakdown;
import cn.budgetperf.budget.document.domain.NamedCount;
import cn.budgetperf.budget.document.domain.Profile;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts by type against their totals: units, staff, vehicles, projects by score band and by outcome. */
final class CountRules {

    private CountRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("CNT-001", ACCURACY, ERROR, "分类数量之和与合计数不符",
                        "{label}合计{total}个，但各类之和为{sum}个（{parts}）。",
                        List.of("profile.subordinateUnits", "profile.authorizedStaff", "profile.actualStaff", "assets.vehicles",
                                "selfEvaluation.projectsByScore", "selfEvaluation.projectsByOutcome"),
                        (d, c, out) -> breakdowns(d).forEach((path, b) -> check(out, path, b.label, b.counts))),
                Rule.of("CNT-002", ACCURACY, ERROR, "内设机构数与所列机构不符",
                        "内设机构填报为{count}个，但列出了{listed}个（{names}）。",
                        List.of("profile.divisionCount", "profile.divisions"),
                        (d, c, out) -> {
                            Profile p = d.profile();
                            if (p != null && p.divisionCount() != null && !p.divisions().isEmpty()
                                    && p.divisionCount() != p.divisions().size()) {
                                out.fire("profile.divisionCount", String.valueOf(p.divisions().size()), String.valueOf(p.divisionCount()),
                                        "count", p.divisionCount(), "listed", p.divisions().size(), "names", String.join("、", p.divisions()));
                            }
                        }));
    }

    private record Labeled(String label, CountBreakdown counts) {
    }

    private static Map<String, Labeled> breakdowns(SubmissionDocument d) {
        Map<String, Labeled> all = new LinkedHashMap<>();
        if (d.profile() != null) {
            all.put("profile.subordinateUnits", new Labeled("下属预算单位", d.profile().subordinateUnits()));
            all.put("profile.authorizedStaff", new Labeled("编制数", d.profile().authorizedStaff()));
            all.put("profile.actualStaff", new Labeled("实有人数", d.profile().actualStaff()));
        }
        if (d.assets() != null) {
            all.put("assets.vehicles", new Labeled("车辆", d.assets().vehicles()));
        }
        if (d.selfEvaluation() != null) {
            all.put("selfEvaluation.projectsByScore", new Labeled("按得分分档的自评项目", d.selfEvaluation().projectsByScore()));
            all.put("selfEvaluation.projectsByOutcome", new Labeled("按完成情况分类的项目", d.selfEvaluation().projectsByOutcome()));
        }
        return all;
    }

    private static void check(Emitter out, String path, String label, CountBreakdown b) {
        if (b == null || b.total() == null || b.parts().isEmpty() || b.parts().stream().anyMatch(p -> p.count() == null)) {
            return;
        }
        int sum = b.parts().stream().mapToInt(NamedCount::count).sum();
        if (sum > b.total() || b.exhaustive() && sum < b.total()) {
            String parts = String.join("，", b.parts().stream().map(p -> p.name() + p.count() + "个").toList());
            out.fire(path + ".total", String.valueOf(sum), String.valueOf(b.total()),
                    "label", label, "total", b.total(), "sum", sum, "parts", parts);
        }
    }
}
