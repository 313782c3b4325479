package ma.socialhub.ticketing;

/** The outcome of taking a ticket. */
public sealed interface IssueResult {

    /** A ticket was issued; {@code peopleAhead} are waiting before it in its line. */
    record Issued(Ticket ticket, int peopleAhead) implements IssueResult {
    }

    /** The kiosk issued its most tickets for this minute; a person may try again shortly. */
    record RateLimited(int retryAfterSeconds) implements IssueResult {
    }

    /** The idempotency key was sent before with another request (another service, priority or language). */
    record KeyUsedForAnotherRequest() implements IssueResult {
    }

    /**
     * The service takes no more walk-ins today: closing (a ticket would not be served before the
     * end of the day) or closed. Said by the kiosk feature, which knows the service day.
     */
    record DayOver() implements IssueResult {
    }

    /** No counter of that center serves that service, or the center or service is unknown. */
    record ServiceNotOffered() implements IssueResult {
    }
}
