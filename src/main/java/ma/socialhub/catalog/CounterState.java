package ma.socialhub.catalog;

/** Whether a counter is taking tickets; estimates and supervisors look at this. */
public enum CounterState {
    OPEN, ON_BREAK, CLOSED
}
