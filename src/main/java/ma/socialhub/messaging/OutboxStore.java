package ma.socialhub.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code message_outbox} table. */
@Repository
class OutboxStore {

    /** A claimed row, with what the sender needs to send it. */
    record Claimed(long id, long centerId, String kind, String body, int attempts, Instant expiresAt,
            @Nullable String phoneEnc, Instant claimedUntil) {
    }

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a message unless one with the same key exists; returns whether it was added. */
    boolean add(long subscriptionId, long centerId, MessageKind kind, String dedupeKey, String body, int parts,
            Instant notBefore, Instant expiresAt, Instant now) {
        return jdbc.sql("""
                INSERT INTO message_outbox (subscription_id, center_id, kind, dedupe_key, body, parts, not_before,
                                            expires_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING
                """).params(subscriptionId, centerId, kind.name(), dedupeKey, body, parts, Timestamp.from(notBefore),
                Timestamp.from(expiresAt), Timestamp.from(now)).update() > 0;
    }

    /** Messages for one number (by its keyed hash) queued since {@code since} and not withdrawn before going. */
    int queuedFor(String phoneHash, Instant since) {
        return jdbc.sql("""
                SELECT count(*) FROM message_outbox o JOIN message_subscription s ON s.id = o.subscription_id
                 WHERE s.phone_hash = ? AND o.created_at >= ? AND o.state <> 'CANCELLED'
                """).params(phoneHash, Timestamp.from(since)).query(Integer.class).single();
    }

    /** Cancels a message still waiting to go (a called person saw the call on their phone page). */
    boolean cancel(String dedupeKey, String why) {
        return jdbc.sql("UPDATE message_outbox SET state = 'CANCELLED', last_error = ? WHERE dedupe_key = ? AND state = 'QUEUED'")
                .params(why, dedupeKey).update() > 0;
    }

    /** Cancels the waiting messages whose key matches {@code pattern} (a LIKE pattern of a dedupe key). */
    int cancelLike(String pattern, String why) {
        return jdbc.sql("UPDATE message_outbox SET state = 'CANCELLED', last_error = ? WHERE dedupe_key LIKE ? AND state = 'QUEUED'")
                .params(why, pattern).update();
    }

    /**
     * Takes up to {@code limit} messages due now for this node: waiting ones, and those another node
     * claimed and never finished (it died while sending; they go again with the same reference).
     * SKIP LOCKED: two nodes never take the same row, nor wait for each other.
     */
    List<Claimed> claim(String node, int limit, Instant now, Instant claimUntil) {
        return jdbc.sql("""
                UPDATE message_outbox o
                   SET state = 'SENDING', attempts = o.attempts + 1, claimed_by = :node, claimed_until = :until
                  FROM message_subscription s
                 WHERE s.id = o.subscription_id
                   AND o.id IN (SELECT id FROM message_outbox
                                 WHERE (state = 'QUEUED' AND not_before <= :now) OR (state = 'SENDING' AND claimed_until < :now)
                                 ORDER BY not_before, id LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING o.id, o.center_id, o.kind, o.body, o.attempts, o.expires_at,
                          CASE WHEN s.stopped_at IS NULL THEN s.phone_enc END AS phone_enc
                """).param("node", node).param("until", Timestamp.from(claimUntil)).param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getLong("center_id"), rs.getString("kind"),
                        rs.getString("body"), rs.getInt("attempts"), rs.getTimestamp("expires_at").toInstant(),
                        rs.getString("phone_enc"), claimUntil)).list();
    }

    /** Records the provider's acceptance, if this node still holds the row. */
    boolean sent(long id, String node, String gatewayId, int parts, Instant now) {
        return jdbc.sql("""
                UPDATE message_outbox SET state = 'SENT', gateway_id = ?, parts = ?, sent_at = ?, last_error = NULL,
                       claimed_by = NULL, claimed_until = NULL
                 WHERE id = ? AND claimed_by = ? AND state = 'SENDING'
                """).params(gatewayId, parts, Timestamp.from(now), id, node).update() > 0;
    }

    /** Back to the queue for another try at {@code notBefore}; {@code counted}: the attempt counts. */
    void retry(long id, String node, Instant notBefore, String why, boolean counted) {
        jdbc.sql("""
                UPDATE message_outbox SET state = 'QUEUED', not_before = ?, last_error = ?, claimed_by = NULL,
                       claimed_until = NULL, attempts = attempts - CASE WHEN ? THEN 0 ELSE 1 END
                 WHERE id = ? AND claimed_by = ? AND state = 'SENDING'
                """).params(Timestamp.from(notBefore), why, counted, id, node).update();
    }

    /** Ends a message that will not be sent: DEAD (an administrator may retry it), CANCELLED or EXPIRED. */
    void end(long id, String node, String state, String why) {
        jdbc.sql("""
                UPDATE message_outbox SET state = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL
                 WHERE id = ? AND claimed_by = ? AND state = 'SENDING'
                """).params(state, why, id, node).update();
    }

    /** The provider's receipt; false when no sent message has that id (yet). */
    boolean receipt(String gatewayId, boolean delivered, String status, Instant at) {
        return jdbc.sql("""
                UPDATE message_outbox SET state = ?, delivered_at = ?, last_error = ?
                 WHERE gateway_id = ? AND state IN ('SENT', 'DELIVERED', 'UNDELIVERED')
                """).params(delivered ? "DELIVERED" : "UNDELIVERED", Timestamp.from(at), delivered ? null : status, gatewayId)
                .update() > 0;
    }

    /** An administrator sends a dead message again, if it is still worth it (a stale "come to counter 4" is not). */
    boolean revive(long id, Instant now) {
        return jdbc.sql("""
                UPDATE message_outbox SET state = 'QUEUED', not_before = ?, attempts = 0
                 WHERE id = ? AND state = 'DEAD' AND expires_at > ?
                """).params(Timestamp.from(now), id, Timestamp.from(now)).update() > 0;
    }

    List<DeadMessage> dead(int limit) {
        return jdbc.sql("""
                SELECT id, center_id, kind, attempts, coalesce(last_error, '') AS last_error, created_at
                  FROM message_outbox WHERE state = 'DEAD' ORDER BY id DESC LIMIT ?
                """).param(limit).query((rs, n) -> new DeadMessage(rs.getLong(1), rs.getLong(2),
                MessageKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    /** Messages per month (in {@code zone}) and center since {@code since}; the center's name is left blank. */
    List<MessageFigures> figures(ZoneId zone, Instant since) {
        return jdbc.sql("""
                SELECT date_trunc('month', o.created_at AT TIME ZONE :zone)::date AS month, o.center_id,
                       count(*) AS queued,
                       count(*) FILTER (WHERE o.state IN ('SENT', 'DELIVERED', 'UNDELIVERED')) AS sent,
                       count(*) FILTER (WHERE o.state = 'DELIVERED') AS delivered,
                       count(*) FILTER (WHERE o.state IN ('DEAD', 'UNDELIVERED')) AS failed,
                       coalesce(sum(o.parts) FILTER (WHERE o.state IN ('SENT', 'DELIVERED', 'UNDELIVERED')), 0) AS parts
                  FROM message_outbox o
                 WHERE o.created_at >= :since
                 GROUP BY 1, 2 ORDER BY 1 DESC, 2
                """).param("zone", zone.getId()).param("since", Timestamp.from(since))
                .query((rs, n) -> new MessageFigures(YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getLong("center_id"), "", rs.getLong("queued"), rs.getLong("sent"), rs.getLong("delivered"),
                        rs.getLong("failed"), rs.getLong("parts"))).list();
    }
}
