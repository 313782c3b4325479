package ma.socialhub.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A time that can still be booked: {@code free} places left of its capacity. */
public record FreeSlot(LocalDate day, LocalTime start, Instant at, int free) {
}
