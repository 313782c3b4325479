package ma.socialhub.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@link CounterWork}: a counter's working state in its row. */
@Repository
class CounterStateStore {

    private final JdbcClient jdbc;

    CounterStateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the counter's row lock until the transaction ends: two calls at the same counter (a
     * double tap, two tabs) run one after the other, and the second sees the first one's ticket.
     */
    void lock(long counterId) {
        jdbc.sql("SELECT id FROM counter WHERE id = ? FOR UPDATE").param(counterId).query(Long.class).optional();
    }

    /**
     * Opens, pauses or closes a counter; who works it is kept while it is open or on break, and
     * forgotten when it closes. Not versioned: an administrator editing what the counter serves
     * must not meet a conflict because an agent took a break.
     */
    void setState(long counterId, CounterState state, long staffId, Instant now) {
        jdbc.sql("""
                UPDATE counter SET state = :state, staff_id = CASE WHEN :state = 'CLOSED' THEN NULL ELSE :staff END,
                       state_since = CASE WHEN state <> :state OR state_since IS NULL THEN :now ELSE state_since END
                 WHERE id = :id
                """).param("state", state.name()).param("staff", staffId).param("now", Timestamp.from(now))
                .param("id", counterId).update();
    }

    /** Notes who calls at an open counter; writes nothing when it is the same person as before. */
    void workedBy(long counterId, long staffId, Instant now) {
        jdbc.sql("""
                UPDATE counter SET staff_id = :staff, state_since = coalesce(state_since, :now)
                 WHERE id = :id AND staff_id IS DISTINCT FROM :staff
                """).param("staff", staffId).param("now", Timestamp.from(now)).param("id", counterId).update();
    }

    /** Closes the counters a person was working (their session ended); returns the centers touched. */
    List<Long> closeCountersOf(long staffId, Instant now) {
        return jdbc.sql("""
                UPDATE counter SET state = 'CLOSED', staff_id = NULL, state_since = ? WHERE staff_id = ? RETURNING center_id
                """).params(Timestamp.from(now), staffId).query(Long.class).list();
    }
}
