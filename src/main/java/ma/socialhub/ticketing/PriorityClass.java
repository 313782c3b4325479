package ma.socialhub.ticketing;

import java.time.Duration;

/**
 * How much a ticket's place in the queue is moved forward. A priority ticket is placed as if it
 * had been taken {@link #headStart()} earlier; see {@link Tickets#callNext} for the whole rule.
 * The code is what the database stores.
 */
public enum PriorityClass {
    /** Everyone else. */
    STANDARD(0, Duration.ZERO),
    /** Persons with a disability, elderly people, pregnant women, people with a baby. */
    PRIORITY(1, Duration.ofMinutes(20)),
    /** A social emergency, set by staff (a person in danger, a child alone). */
    URGENT(2, Duration.ofMinutes(60));

    private final int code;
    private final Duration headStart;

    PriorityClass(int code, Duration headStart) {
        this.code = code;
        this.headStart = headStart;
    }

    public int code() {
        return code;
    }

    public Duration headStart() {
        return headStart;
    }

    /** The class of a stored code. */
    public static PriorityClass ofCode(int code) {
        for (PriorityClass p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown priority class " + code);
    }
}
