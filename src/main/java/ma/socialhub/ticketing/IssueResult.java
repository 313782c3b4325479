package ma.socialhub.ticketing;

/** The outcome of taking a ticket. */
public sealed interface IssueResult {

    /** A ticket was issued; {@code peopleAhead} are waiting before it in its line. */
    record Issued(Ticket ticket, int peopleAhead) implements IssueResult {
    }

    /** No counter of that center serves that service, or the center or service is unknown. */
    record ServiceNotOffered() implements IssueResult {
    }
}
