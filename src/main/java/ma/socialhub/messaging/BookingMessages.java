package ma.socialhub.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.base.security.PersonalDataCipher;
import ma.socialhub.base.ui.PublicAddress;
import ma.socialhub.booking.BookingChanged;
import ma.socialhub.catalog.Catalog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Messages about bookings, in the transaction of the booking's change: made, moved and cancelled
 * at once; a reminder the evening before and one two hours before, each replaced when the booking
 * moves and withdrawn when it is cancelled, checked in or its person says stop; and a freed earlier
 * time to those who asked. Only bookings made with a number and the person's yes are followed.
 */
@Component
class BookingMessages {

    /** The day-before reminder goes in the early evening, when people plan tomorrow. */
    static final LocalTime EVENING = LocalTime.of(18, 0);
    static final Duration HOURS_BEFORE = Duration.ofHours(2);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SubscriptionStore subscriptions;
    private final OutboxStore store;
    private final Outbox outbox;
    private final PersonalDataCipher cipher;
    private final PublicAddress address;
    private final Catalog catalog;
    private final Clock clock;

    BookingMessages(SubscriptionStore subscriptions, OutboxStore store, Outbox outbox, PersonalDataCipher cipher,
            PublicAddress address, Catalog catalog, Clock clock) {
        this.subscriptions = subscriptions;
        this.store = store;
        this.outbox = outbox;
        this.cipher = cipher;
        this.address = address;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener
    void on(BookingChanged change) {
        if (change.change() == BookingChanged.Change.MADE) {
            if (change.phoneEnc() != null) {
                made(change, change.phoneEnc());
            }
            return;
        }
        Optional<Subscription> followed = subscriptions.ofBooking(change.bookingId());
        if (followed.isEmpty()) {
            return;
        }
        Subscription s = followed.get();
        switch (change.change()) {
            case MOVED -> {
                withdrawReminders(change.bookingId(), "moved");
                outbox.add(s, MessageKind.MOVED, "MOVED:" + change.bookingId() + ":" + change.startsAt().getEpochSecond(),
                        values(change), clock.instant());
                remind(s, change);
            }
            case CANCELLED -> {
                withdrawReminders(change.bookingId(), "cancelled");
                outbox.add(s, MessageKind.CANCELLED, "CANCELLED:" + change.bookingId(), values(change), clock.instant());
            }
            case CHECKED_IN -> withdrawReminders(change.bookingId(), "checked in");
            case REMINDERS_STOPPED -> subscriptions.stop(s.id(), clock.instant());
            case EARLIER_FREE -> outbox.add(s, MessageKind.EARLIER_FREE,
                    "EARLIER:" + change.bookingId() + ":" + change.startsAt().getEpochSecond(), values(change), clock.instant());
            case MADE -> {
                // handled above
            }
        }
    }

    private void made(BookingChanged change, String phoneEnc) {
        ZoneId zone = catalog.zoneOf(change.centerId());
        String e164 = cipher.decrypt(phoneEnc);
        // kept until the day after the booking, as the booking keeps its own copy
        Instant forgetAfter = change.day().plusDays(2).atStartOfDay(zone).toInstant();
        Subscription s = subscriptions.forBooking(change.centerId(), change.bookingId(), change.day(), phoneEnc,
                cipher.lookupHash("message-phone|" + e164), change.language(), Messages.pageLink(address),
                clock.instant(), forgetAfter);
        outbox.add(s, MessageKind.BOOKED, "BOOKED:" + change.bookingId(), values(change), clock.instant());
        remind(s, change);
    }

    /** Queues the two reminders still ahead; a booking made for this afternoon gets only the second, or none. */
    private void remind(Subscription s, BookingChanged change) {
        Instant now = clock.instant();
        ZoneId zone = catalog.zoneOf(change.centerId());
        String at = ":" + change.bookingId() + ":" + change.startsAt().getEpochSecond();
        Instant evening = change.day().minusDays(1).atTime(EVENING).atZone(zone).toInstant();
        if (evening.isAfter(now)) {
            outbox.add(s, MessageKind.REMINDER_DAY, "REMINDER_DAY" + at, values(change), evening);
        }
        Instant hoursBefore = change.startsAt().minus(HOURS_BEFORE);
        if (hoursBefore.isAfter(now)) {
            outbox.add(s, MessageKind.REMINDER_HOURS, "REMINDER_HOURS" + at, values(change), hoursBefore);
        }
    }

    private void withdrawReminders(long bookingId, String why) {
        store.cancelLike("REMINDER_DAY:" + bookingId + ":%", why);
        store.cancelLike("REMINDER_HOURS:" + bookingId + ":%", why);
    }

    private static Map<String, Object> values(BookingChanged change) {
        return Map.of("day", change.day().format(DAY), "time", change.start().format(TIME), "code", change.code());
    }
}
