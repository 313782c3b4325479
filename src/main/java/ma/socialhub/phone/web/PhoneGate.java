package ma.socialhub.phone.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * How many of the phone pages' requests and pushes use the database at once, on this node. Phones
 * come in bursts (a node restarts and thousands of pages open their streams again; a call moves a
 * hundred pages of a center), and each page's work takes a pooled connection: unbounded, they take
 * the whole pool, and the agents' and the kiosks' screens wait (measured: 1,800 pages opening at
 * once left 179 requests waiting on a pool of 10, timed out after 5 s). Past the gate they wait their
 * turn in order, on virtual threads that cost nothing while they wait.
 */
@Component
class PhoneGate {

    static final int AT_ONCE = 4;
    /** A page's request waits this long at most, then is told to come back (503, Retry-After). */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Semaphore permits = new Semaphore(AT_ONCE, true);

    /** {@code work} once its turn comes, or nothing if it has not come within {@link #PATIENCE}. */
    <T> Optional<T> call(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            permits.release();
        }
    }

    /** {@code work} once its turn comes, however long that takes (a push in the background). */
    <T> T await(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
