/**
 * Booking's screens: the public booking page, a booking's own page, and the follow-up booking the
 * counter opens. Published as a named interface for that last one: the counter books a person's
 * next visit exactly as the booking page does.
 */
@NullMarked
@NamedInterface("screens")
package ma.socialhub.booking.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
