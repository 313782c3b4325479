package ma.socialhub.booking;

import java.time.Instant;
import ma.socialhub.ticketing.Ticket;

/** The outcome of checking in a booking. */
public sealed interface CheckInResult {

    /** The person is in the line, due at the booked time; a repeated check-in finds the same ticket. */
    record CheckedIn(Booking booking, Ticket ticket) implements CheckInResult {
    }

    /** Too early: check-in opens at {@code opensAt}. */
    record TooEarly(Booking booking, Instant opensAt) implements CheckInResult {
    }

    /** Too late: the window closed; the person may take a ticket as a walk-in. */
    record TooLate(Booking booking) implements CheckInResult {
    }

    /** The booking was cancelled. */
    record Cancelled(Booking booking) implements CheckInResult {
    }

    /** No booking to come has that code at this center (or the link is not genuine). */
    record NotFound() implements CheckInResult {
    }
}
