package ma.socialhub.ticketing;

/** Where a ticket is in its life: waiting → called → in service → done, or a side exit. */
public enum TicketState {
    WAITING, CALLED, IN_SERVICE, DONE, NO_SHOW, TRANSFERRED, CANCELLED;

    /** Called or in service: the ticket holds a counter. */
    public boolean atCounter() {
        return this == CALLED || this == IN_SERVICE;
    }
}
