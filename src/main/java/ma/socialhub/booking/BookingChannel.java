package ma.socialhub.booking;

/** Who made a booking: the citizen on the public page, an agent at the counter, or an integration. */
public enum BookingChannel {
    PUBLIC, COUNTER, API
}
