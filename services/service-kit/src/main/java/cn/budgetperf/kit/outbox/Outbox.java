package cn.budgetperf.kit.outbox;

import cn.budgetperf.contracts.events.EventEnvelope;
import cn.budgetperf.kit.events.EventCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Appends events to the outbox inside the caller's transaction. */
public class Outbox {

    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final OutboxRelay relay;

    public Outbox(JdbcTemplate jdbc, EventCodec codec, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.relay = relay;
    }

    /** Must run inside the business transaction: an event without its business row is a dual write. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String topic, EventEnvelope<?> event) {
        jdbc.update("insert into outbox_event (event_id, topic, message_key, event_type, payload) values (?, ?, ?, ?, ?)",
                event.eventId(), topic, event.key(), event.type(), codec.write(event));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
    }
}
