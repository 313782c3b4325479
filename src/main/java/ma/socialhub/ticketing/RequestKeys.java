package ma.socialhub.ticketing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SQL of the API's idempotency keys. Claiming a key is one statement: an insert that takes
 * over only a key older than {@link #LIFETIME}. When two requests with the same key arrive at once,
 * PostgreSQL makes the second wait for the first one's transaction and then tells it the key is
 * taken; it then reads what the first one stored.
 */
@Repository
class RequestKeys {

    static final Duration LIFETIME = Duration.ofHours(24);

    /** A key already used, with the request it was used for and the ticket it made. */
    record Used(String fingerprint, @Nullable Long ticketId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RequestKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes the key for this request; empty if it was taken (then see {@link #used}). */
    boolean claim(RequestKey key, String fingerprint, Instant now) {
        return jdbc.sql("""
                INSERT INTO api_request_key (kiosk_id, key, fingerprint, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (kiosk_id, key) DO UPDATE
                   SET fingerprint = excluded.fingerprint, created_at = excluded.created_at, ticket_id = NULL
                 WHERE api_request_key.created_at < ?
                RETURNING 1
                """).params(key.caller(), key.key(), fingerprint, Timestamp.from(now), Timestamp.from(now.minus(LIFETIME)))
                .query(Integer.class).optional().isPresent();
    }

    Optional<Used> used(RequestKey key) {
        return jdbc.sql("SELECT fingerprint, ticket_id FROM api_request_key WHERE kiosk_id = ? AND key = ?")
                .params(key.caller(), key.key())
                .query((rs, n) -> new Used(rs.getString(1), (Long) rs.getObject(2))).optional();
    }

    void madeTicket(RequestKey key, long ticketId) {
        jdbc.sql("UPDATE api_request_key SET ticket_id = ? WHERE kiosk_id = ? AND key = ?")
                .params(ticketId, key.caller(), key.key()).update();
    }

    /** Keys past their lifetime are forgotten; any node may run it. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT15M")
    @Transactional
    void purge() {
        jdbc.sql("DELETE FROM api_request_key WHERE created_at < ?").param(Timestamp.from(clock.instant().minus(LIFETIME))).update();
    }
}
