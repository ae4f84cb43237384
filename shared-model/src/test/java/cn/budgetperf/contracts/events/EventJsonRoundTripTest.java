package cn.budgetperf.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.contracts.budget.v1.AmountLine;
import cn.budgetperf.contracts.budget.v1.CountPart;
import cn.budgetperf.contracts.budget.v1.FiguresSnapshot;
import cn.budgetperf.contracts.budget.v1.ProfileSummary;
import cn.budgetperf.contracts.budget.v1.ProjectLine;
import cn.budgetperf.contracts.budget.v1.ScoreLine;
import cn.budgetperf.contracts.budget.v1.SelfEvaluationSummary;
import cn.budgetperf.contracts.budget.v1.SubmissionChanged;
import cn.budgetperf.contracts.budget.v1.SubmissionStatus;
import cn.budgetperf.contracts.indicator.v1.DepartmentGoal;
import cn.budgetperf.contracts.indicator.v1.EvaluatedItem;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.indicator.v1.GoalsWithdrawn;
import cn.budgetperf.contracts.indicator.v1.Indicator;
import cn.budgetperf.contracts.indicator.v1.MainTask;
import cn.budgetperf.contracts.indicator.v1.ProjectGoals;
import cn.budgetperf.contracts.indicator.v1.SelfEvaluation;
import cn.budgetperf.contracts.publication.v1.PublicationAction;
import cn.budgetperf.contracts.publication.v1.ReportPublished;
import cn.budgetperf.contracts.scoring.v1.ProjectScore;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
import cn.budgetperf.contracts.scoring.v1.ScoreFinding;
import cn.budgetperf.contracts.scoring.v1.ScoreItem;
import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import cn.budgetperf.contracts.values.Money;
import cn.budgetperf.contracts.values.RegionCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventJsonRoundTripTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void whenSubmissionEventIsWritten_thenTheWireFormatIsTheDocumentedOne() {
        EventEnvelope<SubmissionChanged> event = submissionSubmitted();

        JsonNode wire = json.readTree(json.writeValueAsString(event));

        assertThat(wire.get("type").asString()).isEqualTo("budget.submission.submitted");
        assertThat(wire.get("departmentCode").asString()).isEqualTo("130609002");
        assertThat(wire.get("fiscalYear").asInt()).isEqualTo(2023);
        assertThat(wire.get("occurredAt").isString()).isTrue();
        assertThat(wire.at("/payload/figures/budgetTotal").asString()).isEqualTo("2544.94");
        assertThat(wire.at("/payload/regionCode").asString()).isEqualTo("130609");
        assertThat(wire.toString()).doesNotContain("cn.budgetperf");
    }

    @Test
    void whenSubmissionEventRoundTrips_thenItIsEqualAndAmountsStayExact() {
        EventEnvelope<SubmissionChanged> event = submissionSubmitted();

        EventEnvelope<SubmissionChanged> back = json.readValue(json.writeValueAsString(event),
                new TypeReference<EventEnvelope<SubmissionChanged>>() { });

        assertThat(back).isEqualTo(event);
        assertThat(back.key()).isEqualTo("130609002:2023");
        assertThat(back.payload().figures().expenditureTotal().toString()).isEqualTo("2519.123456");
    }

    @Test
    void whenAmountArrivesAsJsonNumber_thenItIsReadExactly() {
        String wire = "{\"incomeTotal\":0.1,\"expenditureTotal\":2519.123456,\"budgetTotal\":\"2544.94\"}";

        FiguresSnapshot figures = json.readValue(wire, FiguresSnapshot.class);

        assertThat(figures.incomeTotal()).isEqualTo(Money.parse("0.1"));
        assertThat(figures.expenditureTotal()).isEqualTo(Money.parse("2519.123456"));
    }

    @Test
    void whenAVersion1SnapshotIsRead_thenTheDetailedTablesAreEmptyAndTheTotalsKept() {
        String wire = "{\"incomeTotal\":\"2544.99\",\"expenditureTotal\":\"2519.12\",\"budgetTotal\":\"2544.94\"}";

        FiguresSnapshot figures = json.readValue(wire, FiguresSnapshot.class);

        assertThat(figures).isEqualTo(new FiguresSnapshot(Money.parse("2544.99"), Money.parse("2519.12"), Money.parse("2544.94")));
        assertThat(figures.functionalClassification()).isEmpty();
        assertThat(figures.selfEvaluation()).isNull();
    }

    @Test
    void whenAProfileWithDutiesAndCountsByTypeRoundTrips_thenItStaysEqualAndAVersion2ProfileReadsWithEmptyLists() {
        ProfileSummary profile = new ProfileSummary("行政单位", null, null, List.of("综合股"), 0, 4, 7, 10,
                List.of("维护职工群众的经济效益和民主权益。"), List.of(new CountPart("其他事业单位", 1)),
                List.of(new CountPart("公务员编制", 3), new CountPart("工勤编制", 1)), List.of(new CountPart("事业人员", 3)));

        ProfileSummary back = json.readValue(json.writeValueAsString(profile), ProfileSummary.class);
        ProfileSummary older = json.readValue("""
                {"unitType":null,"rank":null,"fundingForm":null,"divisions":[],"subordinateUnits":1,
                 "authorizedHeadcount":4,"actualHeadcount":7,"retirees":10}""", ProfileSummary.class);

        assertThat(back).isEqualTo(profile);
        assertThat(older).isEqualTo(new ProfileSummary(null, null, null, List.of(), 1, 4, 7, 10));
        assertThat(older.duties()).isEmpty();
        assertThat(older.authorizedHeadcountParts()).isEmpty();
    }

    @Test
    void whenAVersion2SnapshotRoundTrips_thenTheTablesStayExact() {
        FiguresSnapshot figures = new FiguresSnapshot(Money.parse("232.34"), Money.parse("232.34"), Money.parse("232.34"),
                List.of(new AmountLine("generalPublicBudget", "一般公共预算财政拨款收入", null, null, Money.parse("232.34"), null)),
                List.of(), List.of(new AmountLine("2012901", "行政运行", null, Money.parse("89.45"), Money.parse("89.45"), null)),
                List.of(), List.of(), List.of(),
                List.of(new ProjectLine(null, "劳模慰问津贴", "ONGOING", null, null, Money.parse("3.664"), null, null)),
                new ProfileSummary("行政单位", null, null, List.of("综合股"), 0, 4, 7, 10),
                new SelfEvaluationSummary("部门预算绩效自评打分表", new BigDecimal("94"), new BigDecimal("100"), null,
                        List.of(new ScoreLine("财务管理制度", "总体绩效/财务管理", new BigDecimal("4"), null, true, false, null)),
                        List.of("宣传力度不够"), List.of(), null));
        EventEnvelope<SubmissionChanged> event = EventEnvelope.of(SubmissionStatus.SUBMITTED.eventType(),
                DepartmentCode.of("510422001"), FiscalYear.of(2024), 2, new SubmissionChanged(UUID.randomUUID(), 1,
                        SubmissionStatus.SUBMITTED, "盐边县总工会", RegionCode.of("510422"), figures, null)).withSchemaVersion(2);

        String wire = json.writeValueAsString(event);
        EventEnvelope<SubmissionChanged> back = json.readValue(wire, new TypeReference<EventEnvelope<SubmissionChanged>>() { });

        assertThat(back).isEqualTo(event);
        assertThat(json.readTree(wire).at("/payload/figures/projects/0/actual").asString()).isEqualTo("3.664");
        assertThat(json.readTree(wire).get("schemaVersion").asInt()).isEqualTo(2);
    }

    @Test
    void whenScoreEventRoundTrips_thenItIsEqual() {
        ScoreComputed score = new ScoreComputed(1, new BigDecimal("98.99"), new BigDecimal("9.90"),
                BigDecimal.TEN, new BigDecimal("99.00"), "优",
                List.of(new ScoreItem("EXECUTION_RATE", "预算执行率", BigDecimal.TEN, new BigDecimal("9.90"),
                        "10 × min(执行数/预算数, 1)")));
        EventEnvelope<ScoreComputed> event = EventEnvelope.of(ScoreComputed.TYPE,
                DepartmentCode.of("130609002"), FiscalYear.of(2023), 3, score);

        EventEnvelope<ScoreComputed> back = json.readValue(json.writeValueAsString(event),
                new TypeReference<EventEnvelope<ScoreComputed>>() { });

        assertThat(back).isEqualTo(event);
    }

    @Test
    void whenPublicationEventRoundTrips_thenItIsEqual() {
        EventEnvelope<ReportPublished> event = EventEnvelope.of(PublicationAction.CORRECTED.eventType(),
                DepartmentCode.of("510422001"), FiscalYear.of(2024), 2,
                new ReportPublished(PublicationAction.CORRECTED, 2, "/public/reports/510422001/2024", "更正百分比"));

        EventEnvelope<ReportPublished> back = json.readValue(json.writeValueAsString(event),
                new TypeReference<EventEnvelope<ReportPublished>>() { });

        assertThat(back).isEqualTo(event);
        assertThat(back.type()).isEqualTo("publication.report.corrected");
    }

    @Test
    void whenGoalsEventRoundTrips_thenItIsEqualAndTheWireNamesAreTheDocumentedOnes() {
        Indicator visits = new Indicator("产出指标", "数量指标", "春节走访慰问", Indicator.EQUAL, new BigDecimal("100"), null, "%",
                new BigDecimal("30"), new BigDecimal("100"), null, null, null);
        Indicator care = new Indicator("效益指标", "社会效益指标", "体现政府对一线职工的关怀", Indicator.QUALITATIVE, null, "优良", "项",
                new BigDecimal("60"), null, "达成年度指标", null, null);
        GoalsAccepted goals = new GoalsAccepted(2, "盐边县总工会", RegionCode.of("510422"),
                List.of(new DepartmentGoal("职工维权", "帮助职工进行维权", "维权职工", "职工维权保障")),
                List.of(new ProjectGoals("P1", "春节送温暖", Money.parse("1.6"), null, Money.parse("1.6"), "做好劳模慰问与职工帮扶",
                        List.of(new MainTask("春节县级劳模慰问", "春节县级领导走访慰问")), List.of(visits, care))),
                new SelfEvaluation("yanbian-dept-2024", 1, "部门预算绩效自评打分表", new BigDecimal("94"), null,
                        List.of(new EvaluatedItem("yanbian-dept-2024/finance/system", "财务管理 › 财务管理制度", new BigDecimal("4"),
                                null, true, false, null))));
        EventEnvelope<GoalsAccepted> event = EventEnvelope.of(GoalsAccepted.TYPE, DepartmentCode.of("510422001"),
                FiscalYear.of(2024), 2, goals);

        String text = json.writeValueAsString(event);
        EventEnvelope<GoalsAccepted> back = json.readValue(text, new TypeReference<EventEnvelope<GoalsAccepted>>() { });

        assertThat(back).isEqualTo(event);
        JsonNode wire = json.readTree(text);
        assertThat(wire.get("type").asString()).isEqualTo("indicator.goals.accepted");
        assertThat(wire.at("/payload/projects/0/budget").asString()).isEqualTo("1.6");
        assertThat(wire.at("/payload/projects/0/indicators/0/comparator").asString()).isEqualTo("＝");
        assertThat(wire.at("/payload/selfEvaluation/items/0/points").isNull()).isTrue();
    }

    @Test
    void whenAGoalsWithdrawalRoundTrips_thenItIsEqualAndTypedAsAWithdrawal() {
        EventEnvelope<GoalsWithdrawn> event = EventEnvelope.of(GoalsWithdrawn.TYPE, DepartmentCode.of("510422001"), FiscalYear.of(2024), 3,
                new GoalsWithdrawn(3, "盐边县总工会", RegionCode.of("510422")));

        EventEnvelope<GoalsWithdrawn> back = json.readValue(json.writeValueAsString(event),
                new TypeReference<EventEnvelope<GoalsWithdrawn>>() { });

        assertThat(back).isEqualTo(event);
        assertThat(back.type()).isEqualTo("indicator.goals.withdrawn");
    }

    @Test
    void whenAWithdrawalIsReadAsAcceptedGoals_thenItIsADocumentWithoutGoals() {
        EventEnvelope<GoalsWithdrawn> event = EventEnvelope.of(GoalsWithdrawn.TYPE, DepartmentCode.of("510422001"), FiscalYear.of(2024), 3,
                new GoalsWithdrawn(3, "盐边县总工会", RegionCode.of("510422")));

        GoalsAccepted read = json.readValue(json.writeValueAsString(event), new TypeReference<EventEnvelope<GoalsAccepted>>() { }).payload();

        assertThat(read.projects()).isEmpty();
        assertThat(read.departmentGoals()).isEmpty();
        assertThat(read.selfEvaluation()).isNull();
        assertThat(read.version()).isEqualTo(3);
    }

    @Test
    void whenAScoreEventOfTheFirstShapeIsRead_thenTheNewFieldsAreAbsentAndTheOldOnesKeepTheirMeaning() {
        String v10 = "{\"basedOnSubmissionVersion\":1,\"executionRate\":98.99,\"total\":9.90,\"maxTotal\":10,"
                + "\"converted\":99.00,\"grade\":\"优\",\"items\":[{\"code\":\"EXECUTION_RATE\",\"name\":\"预算执行率\","
                + "\"maxPoints\":10,\"points\":9.90,\"formula\":\"10 × min(执行数/预算数, 1)\"}]}";

        ScoreComputed score = json.readValue(v10, ScoreComputed.class);

        assertThat(score.converted()).isEqualByComparingTo("99.00");
        assertThat(score.items().get(0).points()).isEqualByComparingTo("9.90");
        assertThat(score.projects()).isEmpty();
        assertThat(score.findings()).isEmpty();
        assertThat(score.reviewed()).isNull();
    }

    @Test
    void whenAReviewedScoreRoundTrips_thenTheSelfScoreStaysBesideTheBureaus() {
        ScoreItem item = new ScoreItem("yanbian-dept-2024/finance/system", "财务管理制度", new BigDecimal("4"), new BigDecimal("3"),
                "复核", BigDecimal.ZERO, "制度已建立但未更新");
        ScoreComputed score = new ScoreComputed(1, new BigDecimal("100.00"), new BigDecimal("93"), new BigDecimal("100"),
                new BigDecimal("93.00"), "优", List.of(item), 2, "yanbian-dept-2024", BigDecimal.ZERO, new BigDecimal("90"),
                new BigDecimal("90.00"), "优", true,
                List.of(new ProjectScore("P1", "春节送温暖", new BigDecimal("100.00"), new BigDecimal("100"), new BigDecimal("100"), "优",
                        new BigDecimal("100"), List.of())),
                List.of(new ScoreFinding("SCORE_TOTAL_MISMATCH", "ERROR", "得分合计94分与各项得分之和90分不符", "selfEvaluation.statedTotal",
                        "90", "94")), "scoring/2026-11");
        EventEnvelope<ScoreComputed> event = EventEnvelope.of(ScoreComputed.TYPE, DepartmentCode.of("510422001"),
                FiscalYear.of(2024), 4, score);

        EventEnvelope<ScoreComputed> back = json.readValue(json.writeValueAsString(event),
                new TypeReference<EventEnvelope<ScoreComputed>>() { });

        assertThat(back).isEqualTo(event);
        assertThat(back.payload().selfTotal()).isEqualByComparingTo("90");
        assertThat(back.payload().items().get(0).selfPoints()).isEqualByComparingTo("0");
    }

    private static EventEnvelope<SubmissionChanged> submissionSubmitted() {
        SubmissionChanged payload = new SubmissionChanged(UUID.randomUUID(), 1, SubmissionStatus.SUBMITTED,
                "保定市徐水区人力资源和社会保障局", RegionCode.of("130609"),
                new FiguresSnapshot(Money.parse("2544.99"), Money.parse("2519.123456"), Money.parse("2544.94")),
                null);
        return EventEnvelope.of(SubmissionStatus.SUBMITTED.eventType(), DepartmentCode.of("130609002"),
                FiscalYear.of(2023), 1, payload);
    }
}
