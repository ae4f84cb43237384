package cn.budgetperf.kit.events;

import cn.budgetperf.contracts.events.EventEnvelope;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Envelopes to and from their JSON wire form. */
public final class EventCodec {

    private final JsonMapper json;

    public EventCodec(JsonMapper json) {
        this.json = json;
    }

    public String write(EventEnvelope<?> event) {
        return json.writeValueAsString(event);
    }

    public <P> EventEnvelope<P> read(String wire, TypeReference<EventEnvelope<P>> type) {
        return json.readValue(wire, type);
    }
}
