package ma.socialhub.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import ma.socialhub.ticketing.PriorityClass;
import org.jspecify.annotations.Nullable;

/**
 * A booked time, as its holder and the screens see it. {@code start} is on the center's clock;
 * {@code startsAt} the instant it is. The person may check in from {@code checkInFrom} to
 * {@code checkInUntil}. The code and the token say nothing about the person; the phone number,
 * when left, is not here.
 */
public record Booking(
        long id,
        long centerId,
        long serviceId,
        LocalDate day,
        LocalTime start,
        Instant startsAt,
        Instant checkInFrom,
        Instant checkInUntil,
        String code,
        String token,
        String language,
        PriorityClass priority,
        BookingChannel channel,
        BookingState state,
        boolean reminders,
        boolean wantsEarlier,
        @Nullable Long ticketId,
        Instant createdAt,
        int movedCount) {

    /** The code as it is printed and read out: two groups of three digits. */
    public String spacedCode() {
        return code.substring(0, 3) + " " + code.substring(3);
    }
}
