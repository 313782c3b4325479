package ma.socialhub.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code message_subscription} table. */
@Repository
class SubscriptionStore {

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds every subscription of one number until the transaction ends (the limit per number). */
    void lock(String phoneHash) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('message-phone|' || ?, 0))").param(phoneHash)
                .query(Object.class).single();
    }

    int tickets(String phoneHash, LocalDate day, long exceptTicketId) {
        return jdbc.sql("""
                SELECT count(*) FROM message_subscription
                 WHERE phone_hash = ? AND day = ? AND ticket_id IS NOT NULL AND ticket_id <> ?
                """).params(phoneHash, day, exceptTicketId).query(Integer.class).single();
    }

    /** A new yes, or a new number for the same ticket (a stop is undone by a new yes). */
    Subscription forTicket(long centerId, long ticketId, LocalDate day, String phoneEnc, String phoneHash,
            String language, PageLink link, SubscriptionSource source, boolean nearDone, Instant now, Instant forgetAfter) {
        return jdbc.sql("""
                INSERT INTO message_subscription (center_id, ticket_id, day, phone_enc, phone_hash, language, page_url,
                                                  link_token, source, near_done, created_at, forget_after)
                VALUES (:center, :ticket, :day, :enc, :hash, :language, :url, :token, :source, :near, :now, :forget)
                ON CONFLICT (ticket_id) DO UPDATE SET phone_enc = EXCLUDED.phone_enc, phone_hash = EXCLUDED.phone_hash,
                       language = EXCLUDED.language, stopped_at = NULL
                RETURNING *
                """).param("center", centerId).param("ticket", ticketId).param("day", day).param("enc", phoneEnc)
                .param("hash", phoneHash).param("language", language).param("url", link.url()).param("token", link.token())
                .param("source", source.name())
                .param("near", nearDone).param("now", Timestamp.from(now)).param("forget", Timestamp.from(forgetAfter))
                .query(SubscriptionStore::row).single();
    }

    /** The yes given with a booking (a booking is made once, so a repeated event changes nothing). */
    Subscription forBooking(long centerId, long bookingId, LocalDate day, String phoneEnc, String phoneHash,
            String language, PageLink link, Instant now, Instant forgetAfter) {
        return jdbc.sql("""
                INSERT INTO message_subscription (center_id, booking_id, day, phone_enc, phone_hash, language, page_url,
                                                  link_token, source, near_done, created_at, forget_after)
                VALUES (:center, :booking, :day, :enc, :hash, :language, :url, :token, 'BOOKING', true, :now, :forget)
                ON CONFLICT (booking_id) DO UPDATE SET language = EXCLUDED.language
                RETURNING *
                """).param("center", centerId).param("booking", bookingId).param("day", day).param("enc", phoneEnc)
                .param("hash", phoneHash).param("language", language).param("url", link.url()).param("token", link.token())
                .param("now", Timestamp.from(now)).param("forget", Timestamp.from(forgetAfter))
                .query(SubscriptionStore::row).single();
    }

    /** The yes given when the agent referred, or given again for it (a new number, or a yes after a stop). */
    Subscription forReferral(long centerId, long referralId, LocalDate day, String phoneEnc, String phoneHash,
            String language, PageLink link, Instant now, Instant forgetAfter) {
        return jdbc.sql("""
                INSERT INTO message_subscription (center_id, referral_id, day, phone_enc, phone_hash, language, page_url,
                                                  link_token, source, near_done, created_at, forget_after)
                VALUES (:center, :referral, :day, :enc, :hash, :language, :url, :token, 'REFERRAL', true, :now, :forget)
                ON CONFLICT (referral_id) DO UPDATE SET phone_enc = EXCLUDED.phone_enc, phone_hash = EXCLUDED.phone_hash,
                       stopped_at = NULL, forget_after = greatest(message_subscription.forget_after, EXCLUDED.forget_after)
                RETURNING *
                """).param("center", centerId).param("referral", referralId).param("day", day).param("enc", phoneEnc)
                .param("hash", phoneHash).param("language", language).param("url", link.url()).param("token", link.token())
                .param("now", Timestamp.from(now)).param("forget", Timestamp.from(forgetAfter))
                .query(SubscriptionStore::row).single();
    }

    Optional<Subscription> ofReferral(long referralId) {
        return jdbc.sql("SELECT * FROM message_subscription WHERE referral_id = ?").param(referralId)
                .query(SubscriptionStore::row).optional();
    }

    /** Keeps the number at least until {@code until}. */
    void keepAtLeast(long subscriptionId, Instant until) {
        jdbc.sql("UPDATE message_subscription SET forget_after = greatest(forget_after, ?) WHERE id = ? AND phone_enc IS NOT NULL")
                .params(Timestamp.from(until), subscriptionId).update();
    }

    @Nullable Instant forgetAfterOf(long subscriptionId) {
        return jdbc.sql("SELECT forget_after FROM message_subscription WHERE id = ?").param(subscriptionId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
    }

    /** Keeps the number until {@code until} and no longer (what it is kept for now ends then). */
    void keepUntil(long subscriptionId, Instant until) {
        jdbc.sql("UPDATE message_subscription SET forget_after = ? WHERE id = ? AND phone_enc IS NOT NULL")
                .params(Timestamp.from(until), subscriptionId).update();
    }

    /** Erases the number now (what it was kept for has ended): what waits is cancelled, the link stops working. */
    void forgetNow(long subscriptionId, Instant now) {
        jdbc.sql("UPDATE message_subscription SET phone_enc = NULL, phone_hash = NULL, forget_after = ? WHERE id = ?")
                .params(Timestamp.from(now), subscriptionId).update();
        jdbc.sql("UPDATE message_outbox SET state = 'CANCELLED', last_error = 'number forgotten' WHERE subscription_id = ? AND state = 'QUEUED'")
                .param(subscriptionId).update();
    }

    /** A page link for a new subscription: an unguessable token and the address it opens. */
    record PageLink(String token, String url) {
    }

    /** The subscription of a message's link, while its number is kept (a link outlives nothing it names). */
    Optional<LinkRow> byToken(String token, Instant now) {
        return jdbc.sql("""
                SELECT id, center_id, ticket_id, referral_id, day, language, stopped_at IS NOT NULL AS stopped FROM message_subscription
                 WHERE link_token = ? AND forget_after > ?
                """).params(token, Timestamp.from(now))
                .query((rs, n) -> new LinkRow(rs.getLong("id"), rs.getLong("center_id"), rs.getObject("ticket_id", Long.class),
                        rs.getObject("referral_id", Long.class), rs.getObject("day", LocalDate.class), rs.getString("language"), rs.getBoolean("stopped"))).optional();
    }

    record LinkRow(long id, long centerId, @Nullable Long ticketId, @Nullable Long referralId, LocalDate day, String language, boolean stopped) {
    }

    Optional<Subscription> ofBooking(long bookingId) {
        return jdbc.sql("SELECT * FROM message_subscription WHERE booking_id = ?").param(bookingId)
                .query(SubscriptionStore::row).optional();
    }

    Optional<Subscription> ofTicket(long ticketId) {
        return jdbc.sql("SELECT * FROM message_subscription WHERE ticket_id = ?").param(ticketId)
                .query(SubscriptionStore::row).optional();
    }

    @Nullable String phoneOf(long subscriptionId) {
        return jdbc.sql("SELECT phone_enc FROM message_subscription WHERE id = ? AND stopped_at IS NULL")
                .param(subscriptionId).query(String.class).optional().orElse(null);
    }

    /** The person said stop: nothing more is sent, what waits in the outbox is cancelled. */
    boolean stop(long subscriptionId, Instant now) {
        // the number goes at once: nothing will be sent to it (its keyed hash stays for the limits)
        // a referral's link ends with the stop: it would go on telling where and when she is expected
        // to whoever holds her phone, and no limit a day needs its number's hash
        int changed = jdbc.sql("""
                UPDATE message_subscription SET stopped_at = :now, phone_enc = NULL,
                       phone_hash = CASE WHEN referral_id IS NULL THEN phone_hash END,
                       forget_after = CASE WHEN referral_id IS NULL THEN forget_after ELSE :now END
                 WHERE id = :id AND stopped_at IS NULL
                """).param("now", Timestamp.from(now)).param("id", subscriptionId).update();
        jdbc.sql("UPDATE message_outbox SET state = 'CANCELLED', last_error = 'stopped' WHERE subscription_id = ? AND state = 'QUEUED'")
                .param(subscriptionId).update();
        return changed > 0;
    }

    /** The subscribed tickets of a center's day not yet told that their turn is near. */
    List<Subscription> awaitingNear(long centerId, LocalDate day) {
        return jdbc.sql("""
                SELECT * FROM message_subscription
                 WHERE center_id = ? AND day = ? AND NOT near_done AND stopped_at IS NULL
                   AND phone_enc IS NOT NULL AND ticket_id IS NOT NULL
                """).params(centerId, day).query(SubscriptionStore::row).list();
    }

    void nearDone(long subscriptionId) {
        jdbc.sql("UPDATE message_subscription SET near_done = true WHERE id = ?").param(subscriptionId).update();
    }

    /** Erases the numbers no ticket, booking or referral needs any more; returns how many. */
    int forget(Instant now) {
        int forgotten = jdbc.sql("""
                UPDATE message_subscription SET phone_enc = NULL, phone_hash = NULL
                 WHERE (phone_enc IS NOT NULL OR phone_hash IS NOT NULL) AND forget_after < ?
                """).param(Timestamp.from(now)).update();
        jdbc.sql("""
                UPDATE message_outbox o SET state = 'CANCELLED', last_error = 'number forgotten'
                  FROM message_subscription s
                 WHERE s.id = o.subscription_id AND o.state = 'QUEUED' AND s.phone_enc IS NULL
                """).update();
        return forgotten;
    }

    private static Subscription row(ResultSet rs, int n) throws SQLException {
        return new Subscription(rs.getLong("id"), rs.getLong("center_id"), rs.getObject("ticket_id", Long.class),
                rs.getObject("booking_id", Long.class), rs.getObject("day", LocalDate.class), rs.getString("phone_enc") != null,
                rs.getString("phone_hash"), rs.getString("language"), rs.getString("page_url"), rs.getBoolean("near_done"), rs.getTimestamp("stopped_at") != null);
    }
}
