package cn.budgetperf.budget.validation.domain;

import static cn.budgetperf.budget.validation.domain.Category.ACCURACY;
import static cn.budgetperf.budget.validation.domain.Category.PLAUSIBILITY;
import static cn.budgetperf.budget.validation.domain.Severity.ERROR;
import static cn.budgetperf.budget.validation.domain.Severity.WARNING;

import cn.budgetperf.budget.document.domain.Project;
import cn.budgetperf.budget.document.domain.SubmissionDocument;
import cn.budgetperf.contracts.values.Money;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Projects: unique, their balances, their execution, and their sum against 项目支出. */
final class ProjectRules {

    private ProjectRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("PROJ-001", ACCURACY, ERROR, "项目编码重复", "项目编码{key}出现了{times}次（{name}），每个项目只能填一行。",
                        List.of("projects.items[].code"),
                        (d, c, out) -> duplicates(d, Project::code, out)),
                Rule.of("PROJ-002", PLAUSIBILITY, WARNING, "项目名称重复",
                        "项目“{key}”出现了{times}次，请核对是否重复填列；若确为不同项目，请说明。",
                        List.of("projects.items[].name"),
                        (d, c, out) -> duplicates(d, Project::name, out)),
                Rule.of("PROJ-003", ACCURACY, ERROR, "项目结余交回数超过未支出数",
                        "项目“{name}”结余交回{returned}万元，超过预算数{budget}万元减决算数{spent}万元的{unspent}万元。",
                        List.of("projects.items[].adjustedBudget", "projects.items[].budget", "projects.items[].actual",
                                "projects.items[].balanceReturned"),
                        (d, c, out) -> forEach(d, (i, p) -> {
                            Money base = p.executionBase();
                            if (base == null || p.actual() == null || p.balanceReturned() == null) {
                                return;
                            }
                            Money unspent = base.minus(p.actual());
                            if (!Sums.agree(p.balanceReturned(), unspent, 2) && p.balanceReturned().compareTo(unspent) > 0) {
                                out.fire("projects.items[" + i + "].balanceReturned", "≤ " + unspent, Fmt.exact(p.balanceReturned()),
                                        "name", p.name(), "returned", Fmt.wan(p.balanceReturned()), "budget", Fmt.wan(base),
                                        "spent", Fmt.wan(p.actual()), "unspent", Fmt.wan(unspent));
                            }
                        })),
                Rule.of("PROJ-004", ACCURACY, ERROR, "项目支出与各项目之和不符", "{label}" + SumCheck.TAIL,
                        List.of("expenditure.project", "projects.items[]", "projects.complete"),
                        (d, c, out) -> {
                            if (d.expenditure() == null || d.projects() == null || d.projects().items().isEmpty()) {
                                return;
                            }
                            boolean exhaustive = d.projects().exhaustive();
                            for (var column : cn.budgetperf.budget.document.domain.Column.values()) {
                                List<Sums.Part> parts = d.projects().items().stream().map(p -> Sums.Part.of(switch (column) {
                                    case BUDGET -> p.budget();
                                    case ADJUSTED_BUDGET -> p.adjustedBudget();
                                    case ACTUAL -> p.actual();
                                    case PRIOR_YEAR_ACTUAL -> null;
                                })).toList();
                                SumCheck.one(out, "expenditure.project." + column.field(), "项目支出", column.label(),
                                        d.expenditure().project() == null ? null : d.expenditure().project().of(column), parts, exhaustive);
                            }
                        }),
                Rule.of("EXEC-005", PLAUSIBILITY, WARNING, "项目支出超过预算",
                        "项目“{name}”决算数{spent}万元超过预算数{budget}万元（执行率{rate}%），请说明原因。",
                        List.of("projects.items[].adjustedBudget", "projects.items[].budget", "projects.items[].actual"),
                        (d, c, out) -> forEach(d, (i, p) -> {
                            Money base = p.executionBase();
                            if (TotalRules.positive(base) && p.actual() != null && p.actual().compareTo(base) > 0) {
                                out.fire("projects.items[" + i + "].actual", "≤ " + base, Fmt.exact(p.actual()), "name", p.name(),
                                        "spent", Fmt.wan(p.actual()), "budget", Fmt.wan(base),
                                        "rate", Fmt.percent(p.actual().wanYuan(), base.wanYuan()));
                            }
                        })),
                Rule.of("EXEC-006", PLAUSIBILITY, WARNING, "项目结余率超过10%",
                        "项目结余率{rate}%超过10%：预算数{budget}万元，决算数{spent}万元，结余{balance}万元。请说明原因。",
                        List.of("projects.items[].adjustedBudget", "projects.items[].budget", "projects.items[].actual"),
                        (d, c, out) -> forEach(d, (i, p) ->
                                TotalRules.balanceRate(out, "projects.items[" + i + "].actual", p.executionBase(), p.actual()))));
    }

    private static void forEach(SubmissionDocument d, java.util.function.BiConsumer<Integer, Project> check) {
        if (d.projects() == null) {
            return;
        }
        List<Project> items = d.projects().items();
        for (int i = 0; i < items.size(); i++) {
            check.accept(i, items.get(i));
        }
    }

    /** Reports each repeated key once, at its second occurrence. */
    private static void duplicates(SubmissionDocument d, Function<Project, String> key, Emitter out) {
        if (d.projects() == null) {
            return;
        }
        List<Project> items = d.projects().items();
        Map<String, Long> times = new HashMap<>();
        items.stream().map(key).filter(k -> k != null && !k.isBlank()).forEach(k -> times.merge(k, 1L, Long::sum));
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String k = key.apply(items.get(i));
            if (k != null && !k.isBlank() && seen.merge(k, 1, Integer::sum) == 2) {
                out.fire("projects.items[" + i + "]", "唯一", k, "key", k, "times", times.get(k), "name", items.get(i).name());
            }
        }
    }
}
