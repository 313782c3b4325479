package ma.socialhub.ticketing;

/** The outcome of a queue move at a counter (open a ticket, transfer it, serve a walk-in). */
public sealed interface MoveResult {

    /** Done; the ticket as it is now. */
    record Moved(Ticket ticket) implements MoveResult {
    }

    /** No ticket today has that number or scanned code at this center. */
    record NotFound() implements MoveResult {
    }

    /** The ticket is not in a state that allows the move (called elsewhere meanwhile, done, ...). */
    record NotAllowed() implements MoveResult {
    }

    /** The counter holds a ticket already; finish or transfer it first. */
    record CounterBusy(Ticket current) implements MoveResult {
    }
}
