package ma.socialhub.ticketing;

import ma.socialhub.catalog.CounterState;

/** The outcome of "call next" at a counter. */
public sealed interface CallResult {

    record Called(Ticket ticket) implements CallResult {
    }

    /** Nobody is waiting for any service this counter serves. */
    record QueueEmpty() implements CallResult {
    }

    /** The counter is configured with no service at all. */
    record ServesNothing() implements CallResult {
    }

    /** The counter is on break or closed: it calls nobody until it is opened again. */
    record CounterNotOpen(CounterState state) implements CallResult {
    }

    /** The counter still holds a ticket; finish it or mark it no-show first. */
    record Busy(Ticket current) implements CallResult {
    }
}
