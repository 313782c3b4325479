package ma.socialhub.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * Something happened to a booking that its person may be told about, published in the transaction
 * that made it happen (listeners that write, such as messages, commit or roll back with it).
 * {@code day}, {@code start} and {@code startsAt} are the booking's time — for {@link
 * Change#EARLIER_FREE}, the earlier time that freed. {@code phoneEnc} (encrypted) is set only when
 * the booking is made with a number its person agreed to receive reminders on.
 */
public record BookingChanged(long bookingId, long centerId, Change change, LocalDate day, LocalTime start,
        Instant startsAt, String code, String language, String link, @Nullable String phoneEnc) {

    public enum Change {
        MADE,
        MOVED,
        CANCELLED,
        CHECKED_IN,
        /** The person asked for no more reminders. */
        REMINDERS_STOPPED,
        /** An earlier time of the same service freed, and the person asked to hear of one. */
        EARLIER_FREE
    }
}
