package ma.socialhub.ticketing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ma.socialhub.base.db.AcknowledgedWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the queue. Every rule two people could break by acting at once is decided here by
 * PostgreSQL, never by a Java lock (the hub runs on several nodes):
 * <ul>
 * <li>numbers: {@code ticket_sequence} is bumped with {@code INSERT .. ON CONFLICT DO UPDATE ..
 * RETURNING} in the same statement that inserts the ticket, so the row lock orders concurrent
 * kiosks and a failed insert takes its number back with it: no duplicate, no gap;</li>
 * <li>call next: the head of the line is taken with {@code FOR UPDATE SKIP LOCKED} inside the
 * {@code UPDATE}, so two counters calling at once take two different tickets, and a ticket another
 * transaction just changed is re-checked and skipped;</li>
 * <li>steps: each {@code UPDATE} names the state it expects, so a step on a ticket that moved
 * meanwhile changes nothing and reports so;</li>
 * <li>one ticket per counter: a partial unique index refuses a second current ticket.</li>
 * </ul>
 */
@Repository
class TicketQueue {

    private final JdbcClient jdbc;

    private final AcknowledgedWrites acknowledged;

    TicketQueue(JdbcClient jdbc, AcknowledgedWrites acknowledged) {
        this.jdbc = jdbc;
        this.acknowledged = acknowledged;
    }

    Ticket insert(long centerId, long serviceId, char letter, LocalDate day, PriorityClass priority, Instant now,
            String qrToken, String language, @Nullable String idempotencyKey, @Nullable String kioskId) {
        return insert(centerId, serviceId, letter, day, priority, now, null, qrToken, language, idempotencyKey, kioskId);
    }

    /** As above; a ticket with a due time (a checked-in appointment) takes its place from that time (ADR 0024). */
    Ticket insert(long centerId, long serviceId, char letter, LocalDate day, PriorityClass priority, Instant now,
            @Nullable Instant dueAt, String qrToken, String language, @Nullable String idempotencyKey, @Nullable String kioskId) {
        // the citizen leaves with this ticket in hand: it must survive the primary's loss (ADR 0030)
        acknowledged.require();
        Instant placedAt = dueAt == null ? now : dueAt.minus(CallOrder.DUE_HEAD_START);
        return jdbc.sql("""
                WITH seq AS (
                    INSERT INTO ticket_sequence (center_id, service_id, day, last_number)
                    VALUES (:center, :service, :day, 1)
                    ON CONFLICT (center_id, service_id, day)
                    DO UPDATE SET last_number = ticket_sequence.last_number + 1
                    RETURNING last_number)
                INSERT INTO ticket (center_id, service_id, first_service_id, day, number, letter, priority_class, queue_key,
                                    qr_token, language, issued_at, idempotency_key, kiosk_id, due_at)
                SELECT :center, :service, :service, :day, seq.last_number, :letter, :priority,
                       :queueKey, :token, :language, :now, :key, :kiosk, :due
                  FROM seq
                RETURNING *
                """)
                .param("center", centerId).param("service", serviceId).param("day", day)
                .param("letter", String.valueOf(letter)).param("priority", priority.code())
                .param("queueKey", Timestamp.from(placedAt.minus(priority.headStart())))
                .param("now", Timestamp.from(now)).param("token", qrToken).param("language", language)
                .param("key", idempotencyKey).param("kiosk", kioskId).param("due", dueAt == null ? null : Timestamp.from(dueAt))
                .query(TicketRows.INSTANCE).single();
    }

    Optional<Ticket> callNext(long centerId, long counterId, LocalDate day, long staffId, Instant now) {
        // the display calls the citizen: a failover must not hand the same ticket to another counter
        acknowledged.require();
        return jdbc.sql("""
                UPDATE ticket t
                   SET state = 'CALLED', counter_id = :counter, called_at = :now, last_called_at = :now,
                       first_called_at = coalesce(t.first_called_at, :now), called_by = :staff, version = t.version + 1
                 WHERE t.id = (SELECT w.id FROM ticket w
                                WHERE w.center_id = :center AND w.day = :day AND w.state = 'WAITING'
                                  AND (w.due_at IS NULL OR w.due_at <= :callableUntil)
                                  AND (w.wanted_counter_id = :counter
                                       OR (w.wanted_counter_id IS NULL
                                           AND w.service_id IN (SELECT cs.service_id FROM counter_serving cs
                                                                 WHERE cs.counter_id = :counter)))
                                ORDER BY w.queue_key, w.id
                                LIMIT 1
                                FOR UPDATE SKIP LOCKED)
                RETURNING t.*
                """)
                .param("counter", counterId).param("now", Timestamp.from(now)).param("staff", staffId)
                .param("center", centerId).param("day", day)
                .param("callableUntil", Timestamp.from(now.plus(CallOrder.CALLED_BEFORE_DUE)))
                .query(TicketRows.INSTANCE).optional();
    }

    /** Calls one waiting ticket to a counter (opened by number or scan); empty if it is not waiting. */
    Optional<Ticket> claim(long ticketId, long counterId, long staffId, Instant now, boolean startService) {
        acknowledged.require(); // a call shown on the display, as callNext
        return jdbc.sql("""
                UPDATE ticket
                   SET state = :state, counter_id = :counter, called_at = :now, last_called_at = :now,
                       first_called_at = coalesce(first_called_at, :now), started_at = :startedAt, called_by = :staff,
                       wanted_counter_id = NULL, version = version + 1
                 WHERE id = :id AND state = 'WAITING'
                RETURNING *
                """).param("state", startService ? "IN_SERVICE" : "CALLED").param("counter", counterId)
                .param("now", Timestamp.from(now))
                .param("startedAt", startService ? Timestamp.from(now) : null).param("staff", staffId)
                .param("id", ticketId).query(TicketRows.INSTANCE).optional();
    }

    /** Puts the counter's ticket back in the line of another service, or of one counter, at its place. */
    Optional<Ticket> transfer(long ticketId, long fromCounterId, long serviceId, @Nullable Long toCounterId, Instant now) {
        acknowledged.require(); // the citizen is told to wait in another line: nobody would call them there otherwise
        return jdbc.sql("""
                UPDATE ticket
                   SET state = 'WAITING', service_id = :service, counter_id = NULL, wanted_counter_id = :to,
                       transfer_count = transfer_count + 1, last_transferred_at = :now, version = version + 1
                 WHERE id = :id AND counter_id = :from AND state IN ('CALLED', 'IN_SERVICE')
                RETURNING *
                """).param("service", serviceId).param("to", toCounterId).param("now", Timestamp.from(now))
                .param("id", ticketId).param("from", fromCounterId).query(TicketRows.INSTANCE).optional();
    }

    void markWalkIn(long ticketId) {
        jdbc.sql("UPDATE ticket SET walk_in = true WHERE id = ?").param(ticketId).update();
    }

    Optional<Ticket> byNumber(long centerId, LocalDate day, char letter, int number) {
        return jdbc.sql("SELECT * FROM ticket WHERE center_id = ? AND day = ? AND letter = ? AND number = ?")
                .params(centerId, day, String.valueOf(letter), number).query(TicketRows.INSTANCE).optional();
    }

    Optional<Ticket> recall(long ticketId, long counterId, int maxRecalls, Instant now) {
        acknowledged.require();
        return step(ticketId, counterId, """
                last_called_at = :now, recall_count = recall_count + 1
                """, "state = 'CALLED' AND recall_count < " + maxRecalls, now);
    }

    Optional<Ticket> start(long ticketId, long counterId, Instant now) {
        return step(ticketId, counterId, "state = 'IN_SERVICE', started_at = :now", "state = 'CALLED'", now);
    }

    Optional<Ticket> finish(long ticketId, long counterId, Instant now) {
        // served without "start": the service began with the call
        return step(ticketId, counterId, "state = 'DONE', started_at = coalesce(started_at, last_called_at), finished_at = :now",
                "state IN ('CALLED', 'IN_SERVICE')", now);
    }

    Optional<Ticket> noShow(long ticketId, long counterId, Instant now) {
        return step(ticketId, counterId, "state = 'NO_SHOW', no_show_at = :now", "state = 'CALLED'", now);
    }

    private Optional<Ticket> step(long ticketId, long counterId, String set, String expected, Instant now) {
        return jdbc.sql("UPDATE ticket SET " + set + ", version = version + 1"
                        + " WHERE id = :id AND counter_id = :counter AND " + expected + " RETURNING *")
                .param("id", ticketId).param("counter", counterId).param("now", Timestamp.from(now))
                .query(TicketRows.INSTANCE).optional();
    }

    /** Closes the tickets still waiting at the center on {@code day}; how many. */
    int endDay(long centerId, LocalDate day, Instant now) {
        return jdbc.sql("""
                UPDATE ticket SET state = 'CANCELLED', cancelled_at = ?, cancel_reason = 'DAY_ENDED', version = version + 1
                 WHERE center_id = ? AND day = ? AND state = 'WAITING'
                """).params(Timestamp.from(now), centerId, day).update();
    }

    /**
     * Carries the tickets still waiting at the center on {@code from} to {@code to}: each gets the
     * next number of that day's line, in the order they waited, keeps its place (its queue key, earlier
     * than any of that day's) and is issued at {@code issuedAt}, the day's opening; the old ticket is
     * closed and points to the new one. How many.
     */
    int carry(long centerId, LocalDate from, LocalDate to, Instant issuedAt, Instant now) {
        List<Ticket> waiting = jdbc.sql("SELECT * FROM ticket WHERE center_id = ? AND day = ? AND state = 'WAITING' ORDER BY queue_key, id FOR UPDATE")
                .params(centerId, from).query(TicketRows.INSTANCE).list();
        for (Ticket old : waiting) {
            long carried = jdbc.sql("""
                    WITH seq AS (
                        INSERT INTO ticket_sequence (center_id, service_id, day, last_number)
                        VALUES (:center, :service, :day, 1)
                        ON CONFLICT (center_id, service_id, day)
                        DO UPDATE SET last_number = ticket_sequence.last_number + 1
                        RETURNING last_number)
                    INSERT INTO ticket (center_id, service_id, first_service_id, day, number, letter, priority_class, queue_key,
                                        qr_token, language, issued_at, due_at, wanted_counter_id)
                    SELECT o.center_id, o.service_id, o.first_service_id, :day, seq.last_number, o.letter, o.priority_class,
                           o.queue_key, :token, o.language, :issued, o.due_at, o.wanted_counter_id
                      FROM seq, ticket o WHERE o.id = :old
                    RETURNING id
                    """).param("center", centerId).param("service", old.serviceId()).param("day", to)
                    .param("token", Tickets.newToken()).param("issued", Timestamp.from(issuedAt)).param("old", old.id())
                    .query(Long.class).single();
            jdbc.sql("""
                    UPDATE ticket SET state = 'CANCELLED', cancelled_at = ?, cancel_reason = 'CARRIED', carried_to = ?,
                                      version = version + 1
                     WHERE id = ?
                    """).params(Timestamp.from(now), carried, old.id()).update();
        }
        return waiting.size();
    }

    /** The ticket itself, or the one a closing carried it to (through every day it was carried). */
    Ticket followed(Ticket ticket) {
        Ticket followed = ticket;
        for (int hops = 0; followed.carriedTo() != null && hops < 60; hops++) {
            Long next = followed.carriedTo();
            followed = find(next).orElseThrow();
        }
        return followed;
    }

    Optional<Ticket> find(long ticketId) {
        return jdbc.sql("SELECT * FROM ticket WHERE id = ?").param(ticketId).query(TicketRows.INSTANCE).optional();
    }

    /** Holds a kiosk's issuing until the transaction ends: its rate limit is counted and kept in one step. */
    void lockKiosk(String kioskId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('kiosk-issue|' || ?))").param(kioskId).query((rs, n) -> 1).single();
    }

    int issuedByKioskSince(String kioskId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM ticket WHERE kiosk_id = ? AND issued_at > ?")
                .params(kioskId, Timestamp.from(since)).query(Integer.class).single();
    }

    Optional<Ticket> byIdempotencyKey(long centerId, String key) {
        return jdbc.sql("SELECT * FROM ticket WHERE center_id = ? AND idempotency_key = ?").params(centerId, key)
                .query(TicketRows.INSTANCE).optional();
    }

    Optional<Ticket> byToken(String token) {
        return jdbc.sql("SELECT * FROM ticket WHERE qr_token = ?").param(token).query(TicketRows.INSTANCE).optional();
    }

    Optional<Ticket> currentAt(long counterId) {
        return jdbc.sql("SELECT * FROM ticket WHERE counter_id = ? AND state IN ('CALLED', 'IN_SERVICE')")
                .param(counterId).query(TicketRows.INSTANCE).optional();
    }

    /** Tickets waiting ahead of this one in its own line. */
    int peopleAhead(Ticket ticket) {
        return jdbc.sql("""
                SELECT count(*) FROM ticket w, ticket t
                 WHERE t.id = :id AND w.center_id = t.center_id AND w.day = t.day AND w.service_id = t.service_id
                   AND w.state = 'WAITING' AND (w.queue_key, w.id) < (t.queue_key, t.id)
                """).param("id", ticket.id()).query(Integer.class).single();
    }

    /**
     * The tickets of a center on a day that a phone page still follows: those waiting, each
     * service's in call order, and those at a counter (a counter serves one at a time, so they are
     * as many as the counters at most).
     */
    List<Ticket> followed(long centerId, LocalDate day) {
        return jdbc.sql("""
                SELECT * FROM ticket WHERE center_id = ? AND day = ? AND state IN ('WAITING', 'CALLED', 'IN_SERVICE')
                 ORDER BY service_id, queue_key, id
                """).params(centerId, day).query(TicketRows.INSTANCE).list();
    }

    Map<Long, Integer> waitingCounts(long centerId, LocalDate day) {
        return jdbc.sql("""
                SELECT service_id, count(*) AS waiting FROM ticket
                 WHERE center_id = ? AND day = ? AND state = 'WAITING' GROUP BY service_id
                """).params(centerId, day)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<Ticket> lastCalls(long centerId, LocalDate day, int limit) {
        return jdbc.sql("""
                SELECT * FROM ticket WHERE center_id = ? AND day = ? AND last_called_at IS NOT NULL
                 ORDER BY last_called_at DESC, id DESC LIMIT ?
                """).params(centerId, day, limit).query(TicketRows.INSTANCE).list();
    }
}
