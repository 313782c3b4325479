package ma.socialhub.counter;

import ma.socialhub.visit.Visit;

/** The outcome of receiving the person of the ticket at a counter. */
public sealed interface Reception {

    /** The ticket is in service and its visit is open. */
    record Received(Visit visit) implements Reception {
    }

    /** Received before (a second tap, another tab of the same counter): the same visit. */
    record AlreadyReceived(Visit visit) implements Reception {
    }

    /** The ticket is not called to, nor in service at, this counter: the screen is out of date. */
    record NotAtThisCounter() implements Reception {
    }
}
