package ma.socialhub.ticketing;

/**
 * The outcome of a step of a called ticket at its counter: recall, start, finish or no-show. (A
 * partner's accompaniment steps have their own result, {@code referral.AccompanimentStepResult}.)
 */
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
