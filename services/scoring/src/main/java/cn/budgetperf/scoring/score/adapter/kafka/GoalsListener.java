package cn.budgetperf.scoring.score.adapter.kafka;

import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.indicator.v1.GoalsWithdrawn;
import cn.budgetperf.kit.events.EventCodec;
import cn.budgetperf.scoring.score.application.ScoreGoals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code indicator.goals.v1} carries two types: accepted goals and their withdrawal; a type this version does not know is skipped. */
@Component
class GoalsListener {

    private static final TypeReference<EventEnvelope<JsonNode>> ANY = new TypeReference<>() { };
    private static final Logger LOG = LoggerFactory.getLogger(GoalsListener.class);

    private final EventCodec codec;
    private final JsonMapper json;
    private final ScoreGoals scoreGoals;

    GoalsListener(EventCodec codec, JsonMapper json, ScoreGoals scoreGoals) {
        this.codec = codec;
        this.json = json;
        this.scoreGoals = scoreGoals;
    }

    @KafkaListener(topics = GoalsAccepted.TOPIC, groupId = "scoring")
    void on(String message) {
        EventEnvelope<JsonNode> event = codec.read(message, ANY);
        switch (event.type()) {
            case GoalsAccepted.TYPE -> scoreGoals.on(typed(event, json.treeToValue(event.payload(), GoalsAccepted.class)));
            case GoalsWithdrawn.TYPE -> scoreGoals.onWithdrawn(typed(event, json.treeToValue(event.payload(), GoalsWithdrawn.class)));
            default -> LOG.info("Skipping event {} of unknown type {} on {}", event.eventId(), event.type(), GoalsAccepted.TOPIC);
        }
    }

    private static <P> EventEnvelope<P> typed(EventEnvelope<JsonNode> e, P payload) {
        return new EventEnvelope<>(e.eventId(), e.type(), e.schemaVersion(), e.occurredAt(), e.departmentCode(), e.fiscalYear(),
                e.aggregateVersion(), payload);
    }
}
