package ma.socialhub.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A counter's working state (open, on break, closed, and who works it), written for the queue.
 * The counter belongs to the catalog; the queue changes its state while it calls and serves. Each
 * method runs inside the caller's transaction ({@code MANDATORY}): the queue's services check who
 * may act at the counter, and the state changes commit or roll back with the tickets they go with.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CounterWork {

    private final CounterStateStore store;

    CounterWork(CounterStateStore store) {
        this.store = store;
    }

    /**
     * Takes the counter's row lock until the transaction ends: two calls at the same counter (a
     * double tap, two tabs) run one after the other, and the second sees the first one's ticket.
     */
    public void lock(long counterId) {
        store.lock(counterId);
    }

    /**
     * Pauses, reopens or closes the counter {@code staffId} works; false, changing nothing, when they
     * do not work it (it closed meanwhile, or a colleague took it over).
     */
    public boolean setState(long counterId, CounterState state, long staffId, Instant now) {
        return store.setState(counterId, state, staffId, now);
    }

    /**
     * Opens the counter for {@code staffId}, who chose it; refused with the id of whoever else works
     * it, unless {@code takeOver}. The caller holds the counter's lock ({@link #lock}).
     */
    public Optional<Long> take(long counterId, long staffId, boolean takeOver, Instant now) {
        return store.take(counterId, staffId, takeOver, now);
    }

    /** Closes the other counters of someone who now works {@code keptId}: one person, one counter. */
    public List<Long> closeOthersOf(long staffId, long keptId, Instant now) {
        return store.closeOthersOf(staffId, keptId, now);
    }

    /** Renews the leases of counters still worked (pairs of counter and staff ids); returns how many. */
    public int renew(List<Long> counterIds, List<Long> staffIds, Instant now) {
        return counterIds.isEmpty() ? 0 : store.renew(counterIds, staffIds, now);
    }

    /** Closes the counters whose lease ran out before {@code cutoff}; returns their centers. */
    public List<Long> closeAbandoned(Instant cutoff, Instant now) {
        return store.closeAbandoned(cutoff, now);
    }

    /** Notes who calls at an open counter. */
    public void workedBy(long counterId, long staffId, Instant now) {
        store.workedBy(counterId, staffId, now);
    }

    /** Closes the counters a person was working (their session ended); returns the centers touched. */
    public List<Long> closeCountersOf(long staffId, Instant now) {
        return store.closeCountersOf(staffId, now);
    }
}
