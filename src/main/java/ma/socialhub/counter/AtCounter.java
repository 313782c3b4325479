package ma.socialhub.counter;

import ma.socialhub.ticketing.Ticket;
import ma.socialhub.visit.Visit;
import org.jspecify.annotations.Nullable;

/** What a counter holds now: its ticket, and that ticket's open visit once the person was received. */
public record AtCounter(@Nullable Ticket ticket, @Nullable Visit visit) {

    public static final AtCounter NOTHING = new AtCounter(null, null);

    /**
     * Whether "Receive" applies: a ticket called here, or one in service without a visit (served
     * as a walk-in before walk-ins opened their visit, or started outside this screen).
     */
    public boolean awaitsReception() {
        return ticket != null && ticket.state().atCounter() && visit == null;
    }
}
