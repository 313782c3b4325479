package ma.socialhub.booking;

import java.util.Optional;

/** Where a service's day stands at a center now, as the kiosk tells it. */
public sealed interface DayState {

    /** Tickets are issued. */
    record Open() implements DayState {
    }

    /** Open, but a ticket taken now would not be served before closing: no more walk-ins today. */
    record Closing() implements DayState {
    }

    /** Closed now: after hours, a day without hours, or a holiday ({@code holiday} is its reason). */
    record Closed(Optional<String> holiday) implements DayState {
    }
}
