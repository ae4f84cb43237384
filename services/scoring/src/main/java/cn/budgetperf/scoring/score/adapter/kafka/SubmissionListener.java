package cn.budgetperf.scoring.score.adapter.kafka;

import cn.budgetperf.contracts.budget.v1.SubmissionChanged;
import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.kit.events.EventCodec;
import cn.budgetperf.scoring.score.application.ScoreSubmission;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

@Component
class SubmissionListener {

    private static final TypeReference<EventEnvelope<SubmissionChanged>> TYPE = new TypeReference<>() { };

    private final EventCodec codec;
    private final ScoreSubmission scoreSubmission;

    SubmissionListener(EventCodec codec, ScoreSubmission scoreSubmission) {
        this.codec = codec;
        this.scoreSubmission = scoreSubmission;
    }

    @KafkaListener(topics = SubmissionChanged.TOPIC, groupId = "scoring")
    void on(String message) {
        scoreSubmission.on(codec.read(message, TYPE));
    }
}
