package ma.socialhub.schedule;

/**
 * How a service may be booked at a center: the share of each hour kept for walk-ins, and the
 * check-in window, from {@code earlyMinutes} before the booked time to {@code lateMinutes} after.
 */
public record BookingRule(int walkInPercent, int earlyMinutes, int lateMinutes) {

    /** What a service has until an administrator says otherwise. */
    public static final BookingRule DEFAULT = new BookingRule(50, 30, 15);
}
