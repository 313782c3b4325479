package ma.socialhub.ticketing;

/** The outcome of recall, start, finish or no-show on a ticket at a counter. */
public sealed interface StepResult {

    record Done(Ticket ticket) implements StepResult {
    }

    /** The ticket is not at this counter in a state that allows the step (someone else moved it). */
    record NotAllowed() implements StepResult {
    }

    /** The ticket was already recalled the most times allowed: mark it no-show instead. */
    record RecallLimitReached(Ticket ticket) implements StepResult {
    }
}
