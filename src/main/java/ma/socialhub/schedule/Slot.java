package ma.socialhub.schedule;

import java.time.Instant;
import java.time.LocalTime;

/**
 * A bookable time of a day: {@code start} on the center's clock, {@code at} the instant it is (the
 * same 10:00 is another instant when Morocco changes its offset), and how many people it takes.
 */
public record Slot(LocalTime start, Instant at, int capacity) {
}
