package ma.socialhub.booking;

/** Where a booking is: still to come, turned into a ticket, missed, or given up. */
public enum BookingState {
    BOOKED, CHECKED_IN, NO_SHOW, CANCELLED
}
