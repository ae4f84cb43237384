package cn.budgetperf.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budgetperf.contracts.budget.v1.FiguresSnapshot;
import cn.budgetperf.contracts.budget.v1.SubmissionChanged;
import cn.budgetperf.contracts.budget.v1.SubmissionStatus;
import cn.budgetperf.contracts.publication.v1.PublicationAction;
import cn.budgetperf.contracts.publication.v1.ReportPublished;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
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

    private static EventEnvelope<SubmissionChanged> submissionSubmitted() {
        SubmissionChanged payload = new SubmissionChanged(UUID.randomUUID(), 1, SubmissionStatus.SUBMITTED,
                "保定市徐水区人力资源和社会保障局", RegionCode.of("130609"),
                new FiguresSnapshot(Money.parse("2544.99"), Money.parse("2519.123456"), Money.parse("2544.94")),
                null);
        return EventEnvelope.of(SubmissionStatus.SUBMITTED.eventType(), DepartmentCode.of("130609002"),
                FiscalYear.of(2023), 1, payload);
    }
}
