/**
 * Appointments (issue 16, ADR 0024): a citizen books a time at a center for a service, on the
 * public booking page, through an integration or with an agent; checks in at the kiosk or on the
 * phone; and becomes a ticket due at that time. Capacity comes from the schedule; the ticket and
 * its place in the queue from ticketing.
 */
@NullMarked
@OwnsTables({"booking", "booking_refusal"})
package ma.socialhub.booking;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
