package cn.budgetperf.contracts.events;

import cn.budgetperf.contracts.values.DepartmentCode;
import cn.budgetperf.contracts.values.FiscalYear;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event on a topic.
 *
 * @param eventId          unique per event; consumers remember it to ignore redelivery
 * @param type             logical type name, e.g. {@code budget.submission.submitted}
 * @param schemaVersion    minor schema version of the payload within the topic's major version
 * @param occurredAt       when the producer's business transaction committed the change
 * @param departmentCode   the department the event concerns
 * @param fiscalYear       the fiscal year the event concerns
 * @param aggregateVersion monotonically increasing per department-year and producer; consumers
 *                         ignore a version older than the one they hold
 * @param payload          the topic's payload record
 * @param <P>              payload type
 */
public record EventEnvelope<P>(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        DepartmentCode departmentCode,
        FiscalYear fiscalYear,
        long aggregateVersion,
        P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(payload, "payload");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be at least 1");
        }
    }

    public static <P> EventEnvelope<P> of(String type, DepartmentCode department, FiscalYear year,
                                          long aggregateVersion, P payload) {
        return new EventEnvelope<>(UUID.randomUUID(), type, 1, Instant.now(), department, year,
                aggregateVersion, payload);
    }

    /** The same event declaring another minor schema version (a producer whose payload grew additively). */
    public EventEnvelope<P> withSchemaVersion(int version) {
        return new EventEnvelope<>(eventId, type, version, occurredAt, departmentCode, fiscalYear, aggregateVersion, payload);
    }

    /** The Kafka record key, {@code departmentCode:fiscalYear}. */
    public String key() {
        return departmentCode.value() + ":" + fiscalYear.value();
    }
}
