package cn.budgetperf.kit.inbox;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The consumer's memory of the events it has already handled. */
public class ProcessedEvents {

    private final JdbcTemplate jdbc;

    public ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that {@code consumer} handles {@code eventId} now. Returns {@code false} when it was
     * handled before, in which case the caller must do nothing. Must run in the caller's transaction so
     * that the record and the effects commit or roll back together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return jdbc.update("insert into processed_event (consumer, event_id) values (?, ?) on conflict do nothing",
                consumer, eventId) == 1;
    }
}
