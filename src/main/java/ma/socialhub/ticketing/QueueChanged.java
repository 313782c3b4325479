package ma.socialhub.ticketing;

/**
 * Something happened in a center's queues. Published after the change is committed, so a screen
 * that reacts by reading the database sees the change.
 */
public record QueueChanged(long centerId, long ticketId, Kind kind) {

    public enum Kind {
        ISSUED, CALLED, RECALLED, STARTED, FINISHED, NO_SHOW, TRANSFERRED, COUNTER_CHANGED,
        /** The center's day ended and the people still waiting were sent home. */
        DAY_ENDED,
        /** The node may have missed changes (its database connection was lost): re-read everything. */
        RESYNC
    }
}
