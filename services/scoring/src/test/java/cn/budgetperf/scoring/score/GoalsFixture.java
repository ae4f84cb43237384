package cn.budgetperf.scoring.score;

import cn.budgetperf.contracts.budget.v1.FiguresSnapshot;
import cn.budgetperf.contracts.budget.v1.SubmissionChanged;
import cn.budgetperf.contracts.budget.v1.SubmissionStatus;
import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.indicator.v1.EvaluatedItem;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.indicator.v1.Indicator;
import cn.budgetperf.contracts.indicator.v1.MainTask;
import cn.budgetperf.contracts.indicator.v1.ProjectGoals;
import cn.budgetperf.contracts.indicator.v1.SelfEvaluation;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.contracts.values.RegionCode;
import cn.budgetperf.scoring.score.domain.SeedScoresFixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Events for the flow tests: 盐边's self-evaluation (seed 001) with one project table, and submissions. */
final class GoalsFixture {

    static final RegionCode YANBIAN = RegionCode.of("510422");

    private GoalsFixture() {
    }

    static EventEnvelope<GoalsAccepted> goals(String department, long version, String visitsActual) {
        SelfEvaluation self = new SelfEvaluation("yanbian-dept-2024", 1, "部门预算绩效自评打分表", new BigDecimal("94"), null,
                SeedScoresFixture.yanbian2024().items().stream().map(i -> new EvaluatedItem(i.code(), i.name(), i.maxPoints(), i.points(),
                        i.applicable(), i.deduction(), null)).toList());
        ProjectGoals project = new ProjectGoals("P1", "春节送温暖", Money.parse("1.6"), null, Money.parse("1.6"), "做好劳模慰问与职工帮扶",
                List.of(new MainTask("春节县级劳模慰问", "春节县级领导走访慰问")),
                List.of(new Indicator("产出指标", "数量指标", "走访户数", Indicator.AT_LEAST, new BigDecimal("32"), null, "户", new BigDecimal("60"),
                                new BigDecimal(visitsActual), null, null, "部分困难职工外出务工"),
                        new Indicator("效益指标", "社会效益指标", "职工关怀", Indicator.QUALITATIVE, null, "优良", "项", new BigDecimal("30"), null,
                                "达成年度指标", null, null)));
        GoalsAccepted payload = new GoalsAccepted((int) version, "盐边县总工会", YANBIAN, List.of(), List.of(project), self);
        return EventEnvelope.of(GoalsAccepted.TYPE, DepartmentCode.of(department), FiscalYear.of(2024), version, payload);
    }

    static EventEnvelope<SubmissionChanged> submitted(String department, long revision, String spent, String budget) {
        SubmissionChanged payload = new SubmissionChanged(UUID.randomUUID(), 1, SubmissionStatus.SUBMITTED, "盐边县总工会", YANBIAN,
                new FiguresSnapshot(Money.parse(budget), Money.parse(spent), Money.parse(budget)), null);
        return EventEnvelope.of(SubmissionStatus.SUBMITTED.eventType(), DepartmentCode.of(department), FiscalYear.of(2024), revision, payload);
    }
}
