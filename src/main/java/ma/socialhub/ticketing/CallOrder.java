package ma.socialhub.ticketing;

import java.time.Duration;
import java.time.Instant;

/**
 * The two numbers that place appointments among walk-ins (ADR 0024, extending ADR 0002's head
 * starts). A checked-in appointment's ticket is placed as if it had been taken
 * {@link #DUE_HEAD_START} before its booked time, and call next leaves it alone until
 * {@link #CALLED_BEFORE_DUE} before that time. So at its time an appointment goes before every
 * walk-in who has waited less than the head start, and after those who have waited longer: neither
 * starves. A person who checked in early is not called away from their coffee half an hour early;
 * an agent who sees them idle may still open their ticket by number.
 */
public final class CallOrder {

    /** How far ahead of walk-ins a booked time puts a ticket. */
    public static final Duration DUE_HEAD_START = Duration.ofMinutes(60);

    /** How long before its time an appointment may be called. */
    public static final Duration CALLED_BEFORE_DUE = Duration.ofMinutes(5);

    private CallOrder() {
    }

    /** The first moment a ticket due at {@code dueAt} may be called. */
    public static Instant callableFrom(Instant dueAt) {
        return dueAt.minus(CALLED_BEFORE_DUE);
    }
}
