package ma.socialhub.api;

import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.WaitEstimate;
import org.jspecify.annotations.Nullable;

/** A ticket as the API shows it: nothing personal, since a ticket holds nothing personal. */
record TicketView(String number, String center, String service, String state, int peopleAhead,
        @Nullable Estimate estimate, String token, String statusUrl) {

    /** The estimated wait in minutes; absent when no counter serves the service now. */
    record Estimate(int fromMinutes, int toMinutes) {
    }

    static TicketView of(Ticket ticket, Center center, SocialService service, int peopleAhead, WaitEstimate estimate,
            String token, String statusUrl) {
        Estimate range = estimate instanceof WaitEstimate.Range r ? new Estimate(r.fromMinutes(), r.toMinutes()) : null;
        return new TicketView(ticket.number().toString(), center.code(), String.valueOf(service.letter()),
                ticket.state().name(), peopleAhead, range, token, statusUrl);
    }
}
