package ma.socialhub.ticketing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Counter;
import ma.socialhub.catalog.CounterWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A counter is open only while someone works at it (ADR 0022), so that a kiosk never promises a
 * wait that nobody serves and a supervisor's "open counters" are people.
 *
 * <ul>
 * <li>An agent opens a counter by choosing it; choosing another closes the first (one person, one
 * counter). A counter someone else works is taken over only when the agent confirms.
 * <li>While a browser tab of the agent has the counter chosen, the node holds a lease for it and
 * renews it while the agent is active in that tab ({@link CounterLeases}); any node closes a counter whose lease ran out (the
 * tablet went away, the node died, the agent left it idle). Signing out or a session that ends
 * closes the agent's counters at once.
 * </ul>
 */
@Service
public class CounterPresence {

    private final CounterWork counters;
    private final AgentCounters agents;
    private final PresenceStore store;
    private final CounterLeases leases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CounterPresence(CounterWork counters, AgentCounters agents, PresenceStore store, CounterLeases leases,
            ApplicationEventPublisher events, Clock clock) {
        this.counters = counters;
        this.agents = agents;
        this.store = store;
        this.leases = leases;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens the counter for the signed-in agent, who chose it, and closes any other they worked;
     * refused, changing nothing, when a colleague works it and {@code takeOver} is false.
     */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public TakeResult take(long counterId, boolean takeOver) {
        Counter counter = agents.counterOfCurrentAgent(counterId);
        long staffId = agents.currentAgent().staffId();
        Instant now = clock.instant();
        counters.lock(counterId);
        var other = counters.take(counterId, staffId, takeOver, now);
        if (other.isPresent()) {
            return new TakeResult.WorkedByOther(store.nameOf(other.get()));
        }
        counters.closeOthersOf(staffId, counterId, now);
        events.publishEvent(new QueueChanged(counter.centerId(), 0, QueueChanged.Kind.COUNTER_CHANGED));
        return new TakeResult.Opened();
    }

    /** The services of the center that an open counter serves now: the others have no wait to promise. */
    @Transactional(readOnly = true)
    @PermitAll // which services are served now is what the kiosk and the display say publicly
    public Set<Long> servedNow(long centerId) {
        return store.servedNow(centerId);
    }

    /**
     * {@code screen} (a browser tab, its UI, in session {@code sessionId}) has counter
     * {@code counterId} chosen for the signed-in agent; replaces what it held before. Renews nothing by itself: the database
     * renews a lease only for the agent who works the counter.
     */
    @RolesAllowed(Roles.AGENT)
    public void hold(Object screen, String sessionId, long counterId) {
        agents.counterOfCurrentAgent(counterId);
        leases.hold(screen, sessionId, counterId, agents.currentAgent().staffId());
    }

    /** The agent tapped or typed in {@code screen}. */
    @PermitAll // touches only the lease of the screen object passed, which only that screen holds
    public void touched(Object screen) {
        leases.touched(screen);
    }

    /** {@code screen} no longer has a counter (the tab closed, or no counter chosen). */
    @PermitAll // called as a screen goes away, when its session may be gone; forgets only that screen's lease
    public void release(Object screen) {
        leases.release(screen);
    }
}
