package ma.socialhub.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One stretch of opening on a weekday, local to the center's zone: 08:30 to 12:30, say. */
public record OpenSpan(DayOfWeek weekday, LocalTime opens, LocalTime closes) {

    boolean overlaps(OpenSpan other) {
        return weekday == other.weekday && opens.isBefore(other.closes) && other.opens.isBefore(closes);
    }
}
