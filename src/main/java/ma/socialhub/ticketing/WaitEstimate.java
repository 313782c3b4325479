package ma.socialhub.ticketing;

/** How long a waiting ticket may still wait: a range, never a single figure that would lie. */
public sealed interface WaitEstimate {

    /** Between {@code fromMinutes} and {@code toMinutes}, both multiples of five. */
    record Range(int fromMinutes, int toMinutes) implements WaitEstimate {
    }

    /** No open counter serves the service now: any figure would be a guess. */
    record NotAvailable() implements WaitEstimate {
    }

    /** The ticket is no longer waiting. */
    record NotWaiting() implements WaitEstimate {
    }
}
