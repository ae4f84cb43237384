package cn.budgetperf.scoring.score.adapter.kafka;

import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.kit.events.EventCodec;
import cn.budgetperf.scoring.score.application.ScoreGoals;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

@Component
class GoalsListener {

    private static final TypeReference<EventEnvelope<GoalsAccepted>> TYPE = new TypeReference<>() { };

    private final EventCodec codec;
    private final ScoreGoals scoreGoals;

    GoalsListener(EventCodec codec, ScoreGoals scoreGoals) {
        this.codec = codec;
        this.scoreGoals = scoreGoals;
    }

    @KafkaListener(topics = GoalsAccepted.TOPIC, groupId = "scoring")
    void on(String message) {
        scoreGoals.on(codec.read(message, TYPE));
    }
}
