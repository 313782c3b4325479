package ma.socialhub.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
     * Opens, pauses or closes the counter {@code staffId} works (anyone else's, or a closed one, is
     * left as it is: a counter is opened by choosing it, see {@link #take}); who works it is kept
     * while it is open or on break, and forgotten when it closes, with its lease. Not versioned: an administrator editing what the
     * counter serves must not meet a conflict because an agent took a break.
     */
    boolean setState(long counterId, CounterState state, long staffId, Instant now) {
        return jdbc.sql("""
                UPDATE counter SET state = :state, staff_id = CASE WHEN :state = 'CLOSED' THEN NULL ELSE :staff END,
                       state_since = CASE WHEN state <> :state OR state_since IS NULL THEN :now ELSE state_since END,
                       last_active_at = CASE WHEN :state = 'CLOSED' THEN NULL ELSE CAST(:now AS timestamptz) END
                 WHERE id = :id AND staff_id = :staff
                """).param("state", state.name()).param("staff", staffId).param("now", Timestamp.from(now))
                .param("id", counterId).update() == 1;
    }

    /**
     * Opens the counter for {@code staffId} unless someone else works it ({@code takeOver} opens it
     * for them anyway); returns that other person's id when refused. The caller holds the row lock.
     */
    Optional<Long> take(long counterId, long staffId, boolean takeOver, Instant now) {
        Long other = jdbc.sql("SELECT staff_id FROM counter WHERE id = ? AND state <> 'CLOSED'").param(counterId)
                .query(Long.class).optional().orElse(null);
        if (other != null && other != staffId && !takeOver) {
            return Optional.of(other);
        }
        jdbc.sql("""
                UPDATE counter SET state = 'OPEN', staff_id = :staff, last_active_at = :now,
                       state_since = CASE WHEN state <> 'OPEN' OR staff_id IS DISTINCT FROM :staff OR state_since IS NULL
                                          THEN :now ELSE state_since END
                 WHERE id = :id
                """).param("staff", staffId).param("now", Timestamp.from(now)).param("id", counterId).update();
        return Optional.empty();
    }

    /** Closes the counters {@code staffId} works other than {@code keptId}; returns their centers. */
    List<Long> closeOthersOf(long staffId, long keptId, Instant now) {
        return jdbc.sql("""
                UPDATE counter SET state = 'CLOSED', staff_id = NULL, last_active_at = NULL, state_since = ?
                 WHERE staff_id = ? AND id <> ? RETURNING center_id
                """).params(Timestamp.from(now), staffId, keptId).query(Long.class).list();
    }

    /** Renews the lease of each counter still worked by the person the node saw at it. */
    int renew(List<Long> counterIds, List<Long> staffIds, Instant now) {
        // the caller lists the counters in id order: two nodes renewing at once lock rows in one order
        return jdbc.sql("""
                UPDATE counter c SET last_active_at = ? FROM unnest(?::bigint[], ?::bigint[]) AS h (id, staff)
                 WHERE c.id = h.id AND c.staff_id = h.staff AND c.state <> 'CLOSED'
                """).params(Timestamp.from(now), counterIds.toArray(Long[]::new), staffIds.toArray(Long[]::new)).update();
    }

    /** Closes the counters whose lease ran out before {@code cutoff}; returns their centers. */
    List<Long> closeAbandoned(Instant cutoff, Instant now) {
        return jdbc.sql("""
                UPDATE counter SET state = 'CLOSED', staff_id = NULL, last_active_at = NULL, state_since = ?
                 WHERE state <> 'CLOSED' AND staff_id IS NOT NULL AND last_active_at < ? RETURNING center_id
                """).params(Timestamp.from(now), Timestamp.from(cutoff)).query(Long.class).list();
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
                UPDATE counter SET state = 'CLOSED', staff_id = NULL, last_active_at = NULL, state_since = ?
                 WHERE staff_id = ? RETURNING center_id
                """).params(Timestamp.from(now), staffId).query(Long.class).list();
    }
}
