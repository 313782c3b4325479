package ma.socialhub.counter;

import ma.socialhub.visit.Visit;

/** The outcome of closing a visit. */
public sealed interface CloseResult {

    /** The visit ended with its outcome and its ticket is done: the counter is free. */
    record Closed(Visit visit) implements CloseResult {
    }

    /** It had ended already (a second tap, or its ticket left the counter another way): nothing changed. */
    record AlreadyClosed(Visit visit) implements CloseResult {
    }
}
