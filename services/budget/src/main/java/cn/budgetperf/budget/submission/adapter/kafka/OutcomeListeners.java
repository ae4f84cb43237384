package cn.budgetperf.budget.submission.adapter.kafka;

import cn.budgetperf.budget.submission.application.OutcomeUpdater;
import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.publication.v1.ReportPublished;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
import cn.budgetperf.kit.events.EventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

@Component
class OutcomeListeners {

    private static final TypeReference<EventEnvelope<ScoreComputed>> SCORE = new TypeReference<>() { };
    private static final TypeReference<EventEnvelope<ReportPublished>> PUBLICATION = new TypeReference<>() { };

    private final EventCodec codec;
    private final OutcomeUpdater updater;

    OutcomeListeners(EventCodec codec, OutcomeUpdater updater) {
        this.codec = codec;
        this.updater = updater;
    }

    @KafkaListener(topics = ScoreComputed.TOPIC, groupId = "budget")
    void onScore(String message) {
        updater.onScore(codec.read(message, SCORE));
    }

    @KafkaListener(topics = ReportPublished.TOPIC, groupId = "budget")
    void onPublication(String message) {
        updater.onPublication(codec.read(message, PUBLICATION));
    }
}
