package cn.budgetperf.budget.validation.domain;

import static cn.budgetperf.budget.validation.domain.Category.ACCURACY;
import static cn.budgetperf.budget.validation.domain.Category.EXISTENCE;
import static cn.budgetperf.budget.validation.domain.Severity.ERROR;

import cn.budgetperf.budget.document.domain.ClassLevel;
import cn.budgetperf.budget.document.domain.Column;
import cn.budgetperf.budget.document.domain.FunctionalLine;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Expenditure by functional classification: known codes, no duplicates, 类 = Σ 款 = Σ 项, total = Σ 类. */
final class FunctionalRules {

    private FunctionalRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("FUN-001", EXISTENCE, ERROR, "功能分类科目编码不存在",
                        "功能分类科目编码{code}（{name}）不在政府收支分类科目表中，请核对编码或请管理员补充科目。",
                        List.of("functionalLines[].code"),
                        (d, c, out) -> {
                            for (int i = 0; i < d.functionalLines().size(); i++) {
                                FunctionalLine line = d.functionalLines().get(i);
                                if (!c.knows(line.code())) {
                                    out.fire("functionalLines[" + i + "].code", "科目表中的编码", line.code(),
                                            "code", line.code(), "name", line.name() == null ? "未填名称" : line.name());
                                }
                            }
                        }),
                Rule.of("FUN-002", ACCURACY, ERROR, "功能分类科目重复",
                        "功能分类科目{code}出现了{times}次，每个科目只能填一行。",
                        List.of("functionalLines[].code"),
                        (d, c, out) -> {
                            List<FunctionalLine> lines = d.functionalLines();
                            Set<String> seen = new HashSet<>();
                            Set<String> reported = new HashSet<>();
                            for (int i = 0; i < lines.size(); i++) {
                                String code = lines.get(i).code();
                                if (!seen.add(code) && reported.add(code)) {
                                    long times = lines.stream().filter(l -> l.code().equals(code)).count();
                                    out.fire("functionalLines[" + i + "].code", "唯一", code, "code", code, "times", times);
                                }
                            }
                        }),
                Rule.of("FUN-003", ACCURACY, ERROR, "上级科目与下级科目之和不符", "功能分类{label}" + SumCheck.TAIL,
                        List.of("functionalLines[].code", "functionalLines[].budget", "functionalLines[].adjustedBudget",
                                "functionalLines[].actual", "functionalLines[].priorYearActual"),
                        FunctionalRules::parentsAgainstChildren),
                Rule.of("FUN-004", ACCURACY, ERROR, "支出合计与功能分类各类之和不符", "按功能分类，{label}" + SumCheck.TAIL,
                        List.of("expenditure.total", "functionalLines[].code (类)", "functionalLines[].budget",
                                "functionalLines[].adjustedBudget", "functionalLines[].actual", "functionalLines[].priorYearActual"),
                        (d, c, out) -> {
                            List<FunctionalLine> categories = d.functionalLines().stream()
                                    .filter(l -> l.level() == ClassLevel.CATEGORY).toList();
                            if (d.expenditure() != null && !categories.isEmpty()) {
                                SumCheck.columns(out, d.expenditure().totalLine(), col -> parts(categories, col), true);
                            }
                        }));
    }

    /** Each 类 against its 款 (or its 项 where no 款 is reported), each 款 against its 项. */
    private static void parentsAgainstChildren(SubmissionDocument d, ClassificationCatalog c, Emitter out) {
        List<FunctionalLine> lines = d.functionalLines();
        for (int i = 0; i < lines.size(); i++) {
            FunctionalLine parent = lines.get(i);
            if (parent.level() == ClassLevel.ITEM) {
                continue;
            }
            List<FunctionalLine> children = childrenOf(parent, lines);
            if (children.isEmpty()) {
                continue;
            }
            String label = parent.code() + (parent.name() == null ? "" : " " + parent.name());
            for (Column column : Column.values()) {
                SumCheck.one(out, "functionalLines[" + i + "]." + column.field(), label, column.label(),
                        parent.amounts().of(column), parts(children, column), true);
            }
        }
    }

    private static List<FunctionalLine> childrenOf(FunctionalLine parent, List<FunctionalLine> lines) {
        List<FunctionalLine> sections = lines.stream()
                .filter(l -> l.level() == ClassLevel.SECTION && l.code().startsWith(parent.code())).toList();
        if (parent.level() == ClassLevel.CATEGORY && !sections.isEmpty()) {
            return sections;
        }
        return lines.stream().filter(l -> l.level() == ClassLevel.ITEM && l.code().startsWith(parent.code())).toList();
    }

    private static List<Sums.Part> parts(List<FunctionalLine> lines, Column column) {
        return lines.stream().map(l -> Sums.Part.of(l.amounts().of(column))).toList();
    }
}
