package ma.socialhub.ticketing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import ma.socialhub.catalog.CounterWork;
import ma.socialhub.staff.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The node's side of counter presence (ADR 0022): which counters its browser tabs have chosen, for
 * whom, and when the agent last tapped or typed in that tab. Every {@code hub.counter.presence-cron} it renews
 * in the database the leases of agents active within {@code hub.counter.idle-limit}, then closes
 * every counter, whichever node held it, whose lease is older than {@code hub.counter.lease}.
 */
@Component
public class CounterLeases {

    /** One browser tab's hold on the counter chosen in it. */
    private record Lease(String sessionId, long counterId, long staffId, Instant lastTouch) {
    }

    private final CounterWork counters;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration lease;
    private final Duration idleLimit;
    private final Map<Object, Lease> leases = new ConcurrentHashMap<>();

    CounterLeases(CounterWork counters, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock,
            @Value("${hub.counter.lease:PT2M}") Duration lease, @Value("${hub.counter.idle-limit:PT30M}") Duration idleLimit) {
        this.counters = counters;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.lease = lease;
        this.idleLimit = idleLimit;
    }

    void hold(Object screen, String sessionId, long counterId, long staffId) {
        leases.put(screen, new Lease(sessionId, counterId, staffId, clock.instant()));
    }

    void touched(Object screen) {
        leases.computeIfPresent(screen, (s, l) -> new Lease(l.sessionId(), l.counterId(), l.staffId(), clock.instant()));
    }

    void release(Object screen) {
        leases.remove(screen);
    }

    /** Renews this node's leases of active agents, then closes every counter whose lease ran out. */
    @Scheduled(cron = "${hub.counter.presence-cron:*/30 * * * * *}")
    public void renewAndSweep() {
        Instant now = clock.instant();
        List<Long> counterIds = new ArrayList<>();
        List<Long> staffIds = new ArrayList<>();
        // in counter order, so that two nodes renewing at once take the rows' locks in one order
        leases.values().stream().filter(l -> l.lastTouch().isAfter(now.minus(idleLimit)))
                .map(l -> List.of(l.counterId(), l.staffId())).distinct()
                .sorted(Comparator.comparing((List<Long> pair) -> pair.get(0))).forEach(pair -> {
                    counterIds.add(pair.get(0));
                    staffIds.add(pair.get(1));
                });
        tx.executeWithoutResult(status -> counters.renew(counterIds, staffIds, now));
        tx.executeWithoutResult(status -> counters.closeAbandoned(now.minus(lease), now).stream().distinct().forEach(this::changed));
    }

    /**
     * An agent signed out or their session ended: their counters close at once, unless a screen of
     * another of their sessions on this node still shows one.
     */
    @EventListener
    void sessionEnded(HttpSessionDestroyedEvent event) {
        leases.values().removeIf(l -> l.sessionId().equals(event.getId()));
        for (SecurityContext context : event.getSecurityContexts()) {
            if (context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof StaffMember member
                    && leases.values().stream().noneMatch(l -> l.staffId() == member.staffId())) {
                tx.executeWithoutResult(status -> counters.closeCountersOf(member.staffId(), clock.instant()).stream()
                        .distinct().forEach(this::changed));
            }
        }
    }

    private void changed(Long centerId) {
        events.publishEvent(new QueueChanged(Objects.requireNonNull(centerId), 0, QueueChanged.Kind.COUNTER_CHANGED));
    }
}
