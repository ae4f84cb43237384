package cn.budgetperf.publication.report.adapter.kafka;

import cn.budgetperf.contracts.budget.v1.SubmissionChanged;
import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.contracts.indicator.v1.GoalsAccepted;
import cn.budgetperf.contracts.scoring.v1.ScoreComputed;
import cn.budgetperf.kit.events.EventCodec;
import cn.budgetperf.publication.report.application.ReadModelUpdater;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

@Component
class ReadModelListeners {

    private static final TypeReference<EventEnvelope<SubmissionChanged>> SUBMISSION = new TypeReference<>() { };
    private static final TypeReference<EventEnvelope<ScoreComputed>> SCORE = new TypeReference<>() { };
    private static final TypeReference<EventEnvelope<GoalsAccepted>> GOALS = new TypeReference<>() { };

    private final EventCodec codec;
    private final ReadModelUpdater updater;

    ReadModelListeners(EventCodec codec, ReadModelUpdater updater) {
        this.codec = codec;
        this.updater = updater;
    }

    @KafkaListener(topics = SubmissionChanged.TOPIC, groupId = "publication")
    void onSubmission(String message) {
        updater.onSubmission(codec.read(message, SUBMISSION));
    }

    @KafkaListener(topics = GoalsAccepted.TOPIC, groupId = "publication")
    void onGoals(String message) {
        updater.onGoals(codec.read(message, GOALS));
    }

    @KafkaListener(topics = ScoreComputed.TOPIC, groupId = "publication")
    void onScore(String message) {
        updater.onScore(codec.read(message, SCORE));
    }
}
