/**
 * When a center and its services are open: weekly hours, periods that replace them (public holidays,
 * Ramadan), and how much of each hour may be booked. The ground for appointments (issue 16).
 */
@NullMarked
@OwnsTables({"opening_hours", "opening_period", "opening_period_hours", "booking_rule", "closing_rule"})
package ma.socialhub.schedule;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
