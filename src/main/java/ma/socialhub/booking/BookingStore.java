package ma.socialhub.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ma.socialhub.base.db.AcknowledgedWrites;
import ma.socialhub.ticketing.PriorityClass;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of bookings. What two people could break by acting at once is decided here by
 * PostgreSQL: a slot's places are counted and taken under a transaction-scoped advisory lock on
 * that slot (so the last place goes to exactly one of them, on any node), the limits per phone
 * number and per address likewise under a lock on the number or address, and each change names the
 * state it expects.
 */
@Repository
class BookingStore {

    private static final String LIVE = "state IN ('BOOKED', 'CHECKED_IN')";

    private final JdbcClient jdbc;

    private final AcknowledgedWrites acknowledged;

    BookingStore(JdbcClient jdbc, AcknowledgedWrites acknowledged) {
        this.jdbc = jdbc;
        this.acknowledged = acknowledged;
    }

    /** Holds every booking of one slot until the transaction ends. */
    void lockSlot(long centerId, long serviceId, Instant startsAt) {
        lock("booking-slot|" + centerId + "|" + serviceId + "|" + startsAt.getEpochSecond());
    }

    /** Holds every booking of one phone number or address until the transaction ends. */
    void lock(String what) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(what).query((rs, n) -> 1).single();
    }

    int taken(long centerId, long serviceId, Instant startsAt) {
        return jdbc.sql("SELECT count(*) FROM booking WHERE center_id = ? AND service_id = ? AND starts_at = ? AND " + LIVE)
                .params(centerId, serviceId, Timestamp.from(startsAt)).query(Integer.class).single();
    }

    /** Places taken per start time, over the days from {@code from} to {@code to}. */
    Map<Instant, Integer> takenBetween(long centerId, long serviceId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT starts_at, count(*) FROM booking WHERE center_id = ? AND service_id = ? AND day BETWEEN ? AND ? AND "
                        + LIVE + " GROUP BY starts_at")
                .params(centerId, serviceId, from, to)
                .query((rs, n) -> Map.entry(rs.getTimestamp(1).toInstant(), rs.getInt(2))).list().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    int liveForPhone(String phoneHash, Instant now) {
        return jdbc.sql("SELECT count(*) FROM booking WHERE phone_hash = ? AND starts_at > ? AND state = 'BOOKED'")
                .params(phoneHash, Timestamp.from(now)).query(Integer.class).single();
    }

    /** What an address holds: its bookings still to come, and the refusals it met in the last day. */
    int heldByAddress(String addressHash, Instant now) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM booking WHERE address_hash = ? AND state = 'BOOKED' AND starts_at > ?)
                     + (SELECT count(*) FROM booking_refusal WHERE address_hash = ? AND refused_at > ?)
                """).params(addressHash, Timestamp.from(now), addressHash, Timestamp.from(now.minus(java.time.Duration.ofDays(1))))
                .query(Integer.class).single();
    }

    void refused(String addressHash, Instant now) {
        jdbc.sql("INSERT INTO booking_refusal (address_hash, refused_at) VALUES (?, ?)").params(addressHash, Timestamp.from(now)).update();
    }

    /** Bookings an integration (or a kiosk) made since {@code since}. */
    int madeByClientSince(String apiClient, Instant since) {
        return jdbc.sql("SELECT count(*) FROM booking WHERE api_client = ? AND created_at > ?")
                .params(apiClient, Timestamp.from(since)).query(Integer.class).single();
    }

    boolean codeInUse(long centerId, String code) {
        return jdbc.sql("SELECT count(*) FROM booking WHERE center_id = ? AND code = ? AND state = 'BOOKED'")
                .params(centerId, code).query(Integer.class).single() > 0;
    }

    /** What a new booking is made of, besides its slot. */
    record NewBooking(long centerId, long serviceId, String code, String token, String language, PriorityClass priority,
            BookingChannel channel, @Nullable String phoneEnc, @Nullable String phoneHash, @Nullable String addressHash,
            @Nullable Long bookedBy, @Nullable String apiClient, @Nullable String idempotencyKey) {
    }

    Booking insert(NewBooking b, SlotTime slot, Instant now) {
        // the person leaves with a booking code and an SMS: it must survive the primary's loss (ADR 0030)
        acknowledged.require();
        return jdbc.sql("""
                INSERT INTO booking (center_id, service_id, day, start_time, starts_at, check_in_from, check_in_until, code, token,
                                     language, priority_class, channel, phone_enc, phone_hash, reminders, address_hash, booked_by,
                                     api_client, idempotency_key, created_at)
                VALUES (:center, :service, :day, :start, :startsAt, :from, :until, :code, :token, :language, :priority, :channel,
                        :phoneEnc, :phoneHash, :reminders, :address, :bookedBy, :client, :key, :now)
                RETURNING *
                """)
                .param("center", b.centerId()).param("service", b.serviceId()).param("day", slot.day())
                .param("start", Time.valueOf(slot.start())).param("startsAt", Timestamp.from(slot.at()))
                .param("from", Timestamp.from(slot.checkInFrom())).param("until", Timestamp.from(slot.checkInUntil()))
                .param("code", b.code()).param("token", b.token()).param("language", b.language())
                .param("priority", b.priority().code()).param("channel", b.channel().name())
                .param("phoneEnc", b.phoneEnc()).param("phoneHash", b.phoneHash()).param("reminders", b.phoneEnc() != null)
                .param("address", b.addressHash()).param("bookedBy", b.bookedBy()).param("client", b.apiClient())
                .param("key", b.idempotencyKey()).param("now", Timestamp.from(now))
                .query(BookingStore::booking).single();
    }

    /** A slot as a booking keeps it: its day and local start, its instant, its check-in window, and how many it takes. */
    record SlotTime(LocalDate day, LocalTime start, Instant at, Instant checkInFrom, Instant checkInUntil, int capacity) {
    }

    /** Moves a booking still to come to another slot; empty if it is no longer BOOKED. */
    Optional<Booking> move(long id, SlotTime slot, int maxMoves) {
        return jdbc.sql("""
                UPDATE booking SET day = :day, start_time = :start, starts_at = :startsAt, check_in_from = :from,
                                   check_in_until = :until, moved_count = moved_count + 1, wants_earlier = false,
                                   version = version + 1
                 WHERE id = :id AND state = 'BOOKED' AND moved_count < :maxMoves
                RETURNING *
                """).param("day", slot.day()).param("start", Time.valueOf(slot.start()))
                .param("startsAt", Timestamp.from(slot.at())).param("from", Timestamp.from(slot.checkInFrom()))
                .param("until", Timestamp.from(slot.checkInUntil())).param("id", id).param("maxMoves", maxMoves)
                .query(BookingStore::booking).optional();
    }

    Optional<Booking> cancel(long id, Instant now) {
        acknowledged.require(); // the place is offered to others at once, and the person told it is cancelled
        return jdbc.sql("""
                UPDATE booking SET state = 'CANCELLED', cancelled_at = ?, version = version + 1
                 WHERE id = ? AND state = 'BOOKED' RETURNING *
                """).params(Timestamp.from(now), id).query(BookingStore::booking).optional();
    }

    Optional<Booking> checkedIn(long id, long ticketId, Instant now) {
        return jdbc.sql("""
                UPDATE booking SET state = 'CHECKED_IN', ticket_id = ?, checked_in_at = ?, version = version + 1
                 WHERE id = ? AND state = 'BOOKED' RETURNING *
                """).params(ticketId, Timestamp.from(now), id).query(BookingStore::booking).optional();
    }

    Optional<Booking> stopReminders(long id) {
        return jdbc.sql("UPDATE booking SET reminders = false, version = version + 1 WHERE id = ? AND reminders RETURNING *")
                .param(id).query(BookingStore::booking).optional();
    }

    /** Bookings of the service still to come after {@code at} whose people asked for an earlier time, first asked first. */
    List<Booking> wantingEarlierThan(long centerId, long serviceId, Instant at, int limit) {
        return jdbc.sql("""
                SELECT * FROM booking
                 WHERE center_id = ? AND service_id = ? AND state = 'BOOKED' AND wants_earlier AND reminders
                   AND starts_at > ?
                 ORDER BY created_at, id LIMIT ?
                """).params(centerId, serviceId, Timestamp.from(at), limit).query(BookingStore::booking).list();
    }

    Optional<Booking> wantsEarlier(long id, boolean wants) {
        return jdbc.sql("UPDATE booking SET wants_earlier = ?, version = version + 1 WHERE id = ? AND state = 'BOOKED' RETURNING *")
                .params(wants, id).query(BookingStore::booking).optional();
    }

    /** Bookings whose check-in window closed without their person: missed. Returns their centers. */
    List<Long> markNoShows(Instant now) {
        return jdbc.sql("""
                UPDATE booking SET state = 'NO_SHOW', no_show_at = ?, version = version + 1
                 WHERE state = 'BOOKED' AND check_in_until < ? RETURNING center_id
                """).params(Timestamp.from(now), Timestamp.from(now)).query(Long.class).list();
    }

    /** Forgets the numbers and addresses of bookings over for a day: they were kept only for reminders and limits. */
    int forgetContacts(Instant before) {
        jdbc.sql("DELETE FROM booking_refusal WHERE refused_at < ?").param(Timestamp.from(before)).update();
        return jdbc.sql("""
                UPDATE booking SET phone_enc = NULL, phone_hash = NULL, address_hash = NULL
                 WHERE (phone_enc IS NOT NULL OR address_hash IS NOT NULL) AND state <> 'BOOKED' AND starts_at < ?
                """).param(Timestamp.from(before)).update();
    }

    Optional<Booking> byId(long id) {
        return jdbc.sql("SELECT * FROM booking WHERE id = ?").param(id).query(BookingStore::booking).optional();
    }

    Optional<Booking> byIdForUpdate(long id) {
        return jdbc.sql("SELECT * FROM booking WHERE id = ? FOR UPDATE").param(id).query(BookingStore::booking).optional();
    }

    Optional<Booking> byToken(String token) {
        return jdbc.sql("SELECT * FROM booking WHERE token = ?").param(token).query(BookingStore::booking).optional();
    }

    /**
     * The center's booking still to come with this code, or one of today missed a moment ago (the
     * kiosk then offers a walk-in ticket). A checked-in or cancelled booking is not found by its code:
     * a guessed code must not show or print someone else's ticket.
     */
    Optional<Booking> byCode(long centerId, String code, LocalDate today) {
        return jdbc.sql("""
                SELECT * FROM booking WHERE center_id = ? AND code = ? AND (state = 'BOOKED' OR (state = 'NO_SHOW' AND day = ?))
                 ORDER BY state = 'BOOKED' DESC, starts_at DESC LIMIT 1
                """).params(centerId, code, today).query(BookingStore::booking).optional();
    }

    Optional<Booking> byRequestKey(String apiClient, String key) {
        return jdbc.sql("SELECT * FROM booking WHERE api_client = ? AND idempotency_key = ?").params(apiClient, key)
                .query(BookingStore::booking).optional();
    }

    List<Booking> ofDay(long centerId, LocalDate day) {
        return jdbc.sql("SELECT * FROM booking WHERE center_id = ? AND day = ? AND state <> 'CANCELLED' ORDER BY starts_at, id")
                .params(centerId, day).query(BookingStore::booking).list();
    }

    private static Booking booking(ResultSet rs, int row) throws SQLException {
        Long ticket = rs.getObject("ticket_id", Long.class);
        return new Booking(rs.getLong("id"), rs.getLong("center_id"), rs.getLong("service_id"),
                rs.getObject("day", LocalDate.class), rs.getTime("start_time").toLocalTime(),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("check_in_from").toInstant(),
                rs.getTimestamp("check_in_until").toInstant(), rs.getString("code"), rs.getString("token"),
                rs.getString("language"), PriorityClass.ofCode(rs.getInt("priority_class")), BookingChannel.valueOf(rs.getString("channel")),
                BookingState.valueOf(rs.getString("state")), rs.getBoolean("reminders"), rs.getBoolean("wants_earlier"),
                ticket, rs.getTimestamp("created_at").toInstant(), rs.getInt("moved_count"));
    }
}
