package cn.budgetperf.contracts.budget.v1;

import cn.budgetperf.contracts.values.Money;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a submission, in 万元: the three totals every consumer reads, and (since schema
 * version 2, additive) the detailed tables other services need to score and publish it. A table the
 * department did not fill in is an empty list; a section it did not fill in is {@code null}.
 *
 * @param incomeTotal              本年收入合计 (final account)
 * @param expenditureTotal         本年支出合计 (final account, i.e. the amount executed)
 * @param budgetTotal              全年预算数 (adjusted budget where adjusted); base of the execution rate
 * @param income                   收入 by source, then the total (keys as in the submission document)
 * @param expenditureByNature      基本支出 (人员经费, 公用经费), 项目支出 …, then the total
 * @param functionalClassification 支出 by 类/款/项, key = classification code
 * @param threePublic              '三公'经费 by part, then the total
 * @param controlledExpenses       会议费 ({@code meeting}), 培训费 ({@code training}), 机关运行经费 ({@code operatingCosts})
 * @param procurement              政府采购 (goods, works, services, total, smeContracts, microContracts), actual column
 * @param projects                 the projects
 * @param profile                  部门概况, or {@code null}
 * @param selfEvaluation           the self-evaluation, or {@code null}
 */
public record FiguresSnapshot(
        Money incomeTotal,
        Money expenditureTotal,
        Money budgetTotal,
        List<AmountLine> income,
        List<AmountLine> expenditureByNature,
        List<AmountLine> functionalClassification,
        List<AmountLine> threePublic,
        List<AmountLine> controlledExpenses,
        List<AmountLine> procurement,
        List<ProjectLine> projects,
        ProfileSummary profile,
        SelfEvaluationSummary selfEvaluation) {

    public FiguresSnapshot {
        Objects.requireNonNull(incomeTotal, "incomeTotal");
        Objects.requireNonNull(expenditureTotal, "expenditureTotal");
        Objects.requireNonNull(budgetTotal, "budgetTotal");
        income = copy(income);
        expenditureByNature = copy(expenditureByNature);
        functionalClassification = copy(functionalClassification);
        threePublic = copy(threePublic);
        controlledExpenses = copy(controlledExpenses);
        procurement = copy(procurement);
        projects = copy(projects);
    }

    /** The three totals alone (schema version 1). */
    public FiguresSnapshot(Money incomeTotal, Money expenditureTotal, Money budgetTotal) {
        this(incomeTotal, expenditureTotal, budgetTotal, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
