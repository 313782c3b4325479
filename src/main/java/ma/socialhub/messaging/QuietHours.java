package ma.socialhub.messaging;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours in which no message goes out, in the center's own time zone: from {@code from} to
 * {@code until}, across midnight when {@code from} is later (21:00–08:00).
 */
public record QuietHours(LocalTime from, LocalTime until) {

    public boolean contains(LocalTime time) {
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    /** {@code at}, or the end of the quiet hours it falls in. */
    Instant firstAllowed(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return at;
        }
        ZonedDateTime end = local.with(until);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
