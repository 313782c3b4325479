package ma.socialhub.ticketing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.LinkSigner;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.Counter;
import ma.socialhub.catalog.CounterState;
import ma.socialhub.catalog.CounterWork;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.staff.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.jspecify.annotations.Nullable;

/**
 * The queue of a center: taking a ticket, calling it to a counter and following it to the end.
 *
 * <p><b>Who is called next.</b> Every ticket has a place in its line, its <i>queue key</i>: the
 * time it was issued, moved earlier by the head start of its {@link PriorityClass} (20 minutes for
 * priority, 60 for urgent). Call next takes, among the tickets waiting today for any service the
 * counter serves, the one with the earliest queue key (the oldest on a tie). Hence a priority
 * ticket passes every standard ticket issued less than 20 minutes before it — the highest class
 * first, then the oldest — but a standard ticket that has waited 20 minutes longer than a priority
 * one goes first: waiting ages the priority, and nobody waits forever behind a stream of priority
 * tickets.
 *
 * <p><b>What the database decides.</b> Numbers, who takes which ticket and which step is still
 * allowed are decided by PostgreSQL in {@link TicketQueue}: many kiosks and counters on many nodes
 * can act at once without duplicates, gaps or a ticket called twice.
 */
@Service
public class Tickets {

    static final int MAX_KEY_LENGTH = 128;

    private final TicketQueue queue;
    private final CounterWork counters;
    private final RequestKeys requestKeys;
    private final Catalog catalog;
    private final AgentCounters agents;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxRecalls;
    private final TicketLinks links;
    private final WaitEstimator estimator;
    private final TransactionTemplate inTransaction;
    private final TransactionTemplate readOnly;
    private final QueueMetrics metrics;
    private final LiveQueue live;

    Tickets(TicketQueue queue, CounterWork counters, RequestKeys requestKeys, TicketLinks links, WaitEstimator estimator, Catalog catalog, AgentCounters agents, ApplicationEventPublisher events, Clock clock,
            @Value("${hub.queue.max-recalls:3}") int maxRecalls, PlatformTransactionManager transactions, QueueMetrics metrics,
            LiveQueue live) {
        this.live = live;
        this.metrics = metrics;
        this.queue = queue;
        this.counters = counters;
        this.requestKeys = requestKeys;
        this.links = links;
        this.estimator = estimator;
        this.catalog = catalog;
        this.agents = agents;
        this.events = events;
        this.clock = clock;
        this.maxRecalls = maxRecalls;
        this.inTransaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Issues a ticket for a service at a center, numbered {@code <letter>-<nnn>} per center, service
     * and day in the center's time zone. Without an idempotency key every call makes a ticket.
     */
    @PermitAll
    public IssueResult issue(long centerId, long serviceId, PriorityClass priority, HubLanguage language) {
        return issue(centerId, serviceId, priority, language, null);
    }

    /**
     * Issues a ticket once per idempotency key and center: a repeated call with the same key (a
     * double tap, a resubmitted request) returns the ticket the first call made. Two identical calls
     * at the same moment are settled by the database: the second one's insert hits the unique key,
     * its transaction (number included) rolls back, and it returns the first one's ticket.
     */
    @PermitAll
    public IssueResult issue(long centerId, long serviceId, PriorityClass priority, HubLanguage language,
            @Nullable String idempotencyKey) {
        return issue(centerId, serviceId, priority, language, idempotencyKey, null);
    }

    /**
     * Issues a ticket from a kiosk: as above, and at most {@code limit.ticketsPerMinute()} tickets
     * in any 60 seconds from that kiosk (counted in the database, so across nodes).
     */
    @PermitAll
    public IssueResult issue(long centerId, long serviceId, PriorityClass priority, HubLanguage language,
            @Nullable String idempotencyKey, @Nullable KioskLimit limit) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            throw new IllegalArgumentException("An idempotency key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
        try {
            return inTransaction.execute(status -> issueOnce(centerId, serviceId, priority, language, idempotencyKey, limit, null));
        } catch (DuplicateKeyException sameKeyAtTheSameMoment) {
            if (idempotencyKey == null) {
                throw sameKeyAtTheSameMoment;
            }
            return readOnly.execute(status -> queue.byIdempotencyKey(centerId, idempotencyKey)
                    .<IssueResult>map(t -> new IssueResult.Issued(t, peopleAhead(t)))
                    .orElseThrow(() -> sameKeyAtTheSameMoment));
        }
    }

    /**
     * Issues a ticket for an integration's request: as a kiosk does (rate limit included), once per
     * idempotency key of that caller within a day. The same key with the same request finds the
     * first ticket; with another request it is refused ({@link IssueResult.KeyUsedForAnotherRequest}),
     * never answered with the first ticket as if it were the second. A refused request keeps no key.
     */
    @PermitAll
    public IssueResult issueForRequest(long centerId, long serviceId, PriorityClass priority, HubLanguage language,
            RequestKey key, KioskLimit limit) {
        String fingerprint = centerId + "|" + serviceId + "|" + priority.name() + "|" + language.tag();
        return inTransaction.execute(status -> {
            if (!requestKeys.claim(key, fingerprint, clock.instant())) {
                Optional<RequestKeys.Used> used = requestKeys.used(key);
                if (used.isEmpty() || !used.get().fingerprint().equals(fingerprint) || used.get().ticketId() == null) {
                    return new IssueResult.KeyUsedForAnotherRequest();
                }
                Ticket first = queue.find(used.get().ticketId()).orElseThrow();
                return new IssueResult.Issued(first, peopleAhead(first));
            }
            IssueResult result = issueOnce(centerId, serviceId, priority, language, null, limit, null);
            if (result instanceof IssueResult.Issued issued) {
                requestKeys.madeTicket(key, issued.ticket().id());
            } else {
                status.setRollbackOnly(); // the key stays free for a request that succeeds
            }
            return result;
        });
    }

    /**
     * Issues the ticket of a checked-in appointment, due at its booked time (see {@link CallOrder}).
     * Bookings call it inside their check-in, which has checked the booking and its window; the
     * ticket is made in that transaction, so a check-in that fails leaves no ticket behind.
     */
    @PermitAll
    public IssueResult issueDue(long centerId, long serviceId, PriorityClass priority, HubLanguage language, Instant dueAt) {
        return inTransaction.execute(status -> issueOnce(centerId, serviceId, priority, language, null, null, dueAt));
    }

    private IssueResult issueOnce(long centerId, long serviceId, PriorityClass priority, HubLanguage language,
            @Nullable String idempotencyKey, @Nullable KioskLimit limit, @Nullable Instant dueAt) {
        if (idempotencyKey != null) {
            Optional<Ticket> earlier = queue.byIdempotencyKey(centerId, idempotencyKey);
            if (earlier.isPresent()) {
                return new IssueResult.Issued(earlier.get(), peopleAhead(earlier.get()));
            }
        }
        Optional<Center> center = catalog.center(centerId);
        Optional<SocialService> service = center.isEmpty() ? Optional.empty()
                : catalog.servicesAt(centerId).stream().filter(s -> s.id() == serviceId).findFirst();
        if (service.isEmpty()) {
            return new IssueResult.ServiceNotOffered();
        }
        if (limit != null) {
            // one kiosk's tickets are counted and issued one after the other, so that requests sent
            // at the same moment cannot all pass the count before any of them is issued
            queue.lockKiosk(limit.kioskId());
        }
        Instant now = clock.instant();
        if (limit != null && queue.issuedByKioskSince(limit.kioskId(), now.minusSeconds(60)) >= limit.ticketsPerMinute()) {
            return new IssueResult.RateLimited(60 / Math.max(1, limit.ticketsPerMinute()) + 1);
        }
        Ticket ticket = queue.insert(centerId, serviceId, service.get().letter(), today(center.get()), priority, now, dueAt,
                newToken(), language.tag(), idempotencyKey, limit == null ? null : limit.kioskId());
        events.publishEvent(new QueueChanged(centerId, ticket.id(), QueueChanged.Kind.ISSUED));
        metrics.issued(ticket);
        return new IssueResult.Issued(ticket, queue.peopleAhead(ticket));
    }

    /**
     * The center's day has ended and its rule sends the people still waiting home: their tickets
     * are closed, and their phone pages say the day ended before their turn. Only the day-end job
     * calls this, as the system.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public int endDay(long centerId) {
        Center center = catalog.center(centerId).orElseThrow();
        int closed = queue.endDay(centerId, today(center), clock.instant());
        if (closed > 0) {
            events.publishEvent(new QueueChanged(centerId, 0, QueueChanged.Kind.DAY_ENDED));
        }
        return closed;
    }

    /**
     * The center's day has ended and its rule carries the people still waiting to {@code day}, its
     * next open day, which opens at {@code opensAt}: see {@link TicketQueue#carry}. Only the day-end
     * job calls this, as the system.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public int carryWaiting(long centerId, LocalDate day, Instant opensAt) {
        Center center = catalog.center(centerId).orElseThrow();
        int carried = queue.carry(centerId, today(center), day, opensAt, clock.instant());
        if (carried > 0) {
            events.publishEvent(new QueueChanged(centerId, 0, QueueChanged.Kind.DAY_ENDED));
        }
        return carried;
    }

    /** Calls the next ticket to a counter; see the class comment for the order. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public CallResult callNext(long counterId) {
        Counter counter = counterOfCurrentAgent(counterId);
        if (counter.servesNothing()) {
            return new CallResult.ServesNothing();
        }
        if (counter.state() != CounterState.OPEN) {
            return new CallResult.CounterNotOpen(counter.state());
        }
        // a double tap waits here for the first tap's call, then finds its ticket
        counters.lock(counterId);
        Optional<Ticket> current = queue.currentAt(counterId);
        if (current.isPresent()) {
            return new CallResult.Busy(current.get());
        }
        Center center = catalog.center(counter.centerId()).orElseThrow();
        long staffId = currentAgent().staffId();
        counters.workedBy(counterId, staffId, clock.instant());
        Optional<Ticket> called = queue.callNext(center.id(), counterId, today(center), staffId, clock.instant());
        called.ifPresent(t -> {
            events.publishEvent(new QueueChanged(t.centerId(), t.id(), QueueChanged.Kind.CALLED));
            metrics.called(t);
        });
        return called.<CallResult>map(CallResult.Called::new).orElseGet(CallResult.QueueEmpty::new);
    }

    /** Calls the counter's ticket again (display and chime), up to {@code hub.queue.max-recalls} times. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public StepResult recall(long ticketId, long counterId) {
        counterOfCurrentAgent(counterId);
        Optional<Ticket> recalled = queue.recall(ticketId, counterId, maxRecalls, clock.instant());
        if (recalled.isEmpty()) {
            return queue.find(ticketId)
                    .filter(t -> t.state() == TicketState.CALLED && Long.valueOf(counterId).equals(t.counterId()))
                    .<StepResult>map(StepResult.RecallLimitReached::new).orElseGet(StepResult.NotAllowed::new);
        }
        return done(recalled, QueueChanged.Kind.RECALLED);
    }

    /** The citizen has come to the counter. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public StepResult startService(long ticketId, long counterId) {
        return step(counterId, c -> queue.start(ticketId, counterId, clock.instant()), QueueChanged.Kind.STARTED);
    }

    /** The visit at the counter is over (a called ticket may be finished directly). */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public StepResult finish(long ticketId, long counterId) {
        return step(counterId, c -> queue.finish(ticketId, counterId, clock.instant()), QueueChanged.Kind.FINISHED);
    }

    /** The citizen did not come after being called. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public StepResult noShow(long ticketId, long counterId) {
        return step(counterId, c -> queue.noShow(ticketId, counterId, clock.instant()), QueueChanged.Kind.NO_SHOW);
    }

    /** The ticket a counter holds now, if any. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public Optional<Ticket> currentAt(long counterId) {
        counterOfCurrentAgent(counterId);
        return queue.currentAt(counterId);
    }

    /** How many tickets wait today per service id at a center. Public: the display shows it. */
    @Transactional(readOnly = true)
    @PermitAll
    public Map<Long, Integer> waitingCounts(long centerId) {
        return catalog.center(centerId).map(c -> queue.waitingCounts(centerId, today(c))).orElse(Map.of());
    }

    /** Today's calls at a center, the latest first: what the waiting-room display shows. */
    @Transactional(readOnly = true)
    @PermitAll
    public List<Ticket> lastCalls(long centerId, int limit) {
        return catalog.center(centerId).map(c -> queue.lastCalls(centerId, today(c), limit)).orElse(List.of());
    }

    /**
     * What a waiting-room display shows of a center: its latest calls and how many wait per service,
     * from a read shared by every display of that center on this node and made once per change.
     */
    @Transactional(readOnly = true)
    @PermitAll
    public Board board(long centerId) {
        // no lookup of the center first: that would be one statement per display; an unknown id reads nothing
        return live.board(centerId);
    }

    /** A center's latest calls (at most {@link #CALLS}, the latest first) and the tickets waiting per service id. */
    public record Board(List<Ticket> lastCalls, Map<Long, Integer> waiting) {

        /** The current call and the six before it. */
        public static final int CALLS = 7;

        public Board {
            lastCalls = List.copyOf(lastCalls);
            waiting = Map.copyOf(waiting);
        }
    }

    /** How many wait before this ticket in its line. */
    @Transactional(readOnly = true)
    @PermitAll
    public int peopleAhead(Ticket ticket) {
        return ticket.state() == TicketState.WAITING ? queue.peopleAhead(ticket) : 0;
    }

    /**
     * What a screen that follows one ticket shows of it, from the read of its center shared by
     * every screen of that center on this node: the ticket, and while it waits today its place and
     * estimate (the same figures as {@link #peopleAhead} and {@link #estimate}); at a counter, no
     * place; otherwise (done with, carried to another day) read by its token, like {@link #byToken}.
     */
    @Transactional(readOnly = true)
    @PermitAll // the caller holds the ticket's token
    public Optional<Followed> follow(Ticket ticket) {
        LiveQueue.Followed shared = live.followed(ticket.centerId()).get(ticket.id());
        if (shared != null) {
            return Optional.of(new Followed(shared.ticket(), shared.ahead(), shared.estimate()));
        }
        return byToken(ticket.qrToken()).map(t -> t.state() == TicketState.WAITING
                ? new Followed(t, peopleAhead(t), estimate(t)) : new Followed(t, 0, new WaitEstimate.NotWaiting()));
    }

    /** A followed ticket, its place and its estimate (no place and {@code NotWaiting} once it no longer waits). */
    public record Followed(Ticket ticket, int ahead, WaitEstimate estimate) {
    }

    /** A ticket by its id, for the feature that made it (a booking's check-in keeps its ticket's id). */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<Ticket> byId(long ticketId) {
        return queue.find(ticketId);
    }

    /** A ticket by its QR token; a ticket carried to another day is followed to its new ticket. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<Ticket> byToken(String token) {
        return queue.byToken(token).map(queue::followed);
    }

    /** The signed link a ticket's QR code carries (see {@link TicketLinks}). */
    @PermitAll
    public String linkOf(Ticket ticket) {
        return links.linkOf(ticket.qrToken());
    }

    /** The ticket of a genuine link; empty alike for unknown, altered and forged links. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<Ticket> byLink(String link) {
        return links.tokenOf(link).flatMap(queue::byToken).map(queue::followed);
    }

    /** How long the ticket may still wait; see {@link WaitEstimator} for the rule. */
    @Transactional(readOnly = true)
    @PermitAll
    public WaitEstimate estimate(Ticket ticket) {
        int serviceMinutes = catalog.service(ticket.serviceId()).map(SocialService::serviceMinutes).orElse(10);
        return estimator.estimate(ticket, peopleAhead(ticket), serviceMinutes);
    }

    /**
     * How many minutes a ticket taken now for the service would wait, from the same rule as the
     * estimate; empty when no counter serving it is open.
     */
    @Transactional(readOnly = true)
    @PermitAll // the same figure the kiosk prints on a ticket
    public OptionalDouble expectedWaitForNew(long centerId, long serviceId) {
        int serviceMinutes = catalog.service(serviceId).map(SocialService::serviceMinutes).orElse(10);
        int waiting = waitingCounts(centerId).getOrDefault(serviceId, 0);
        return estimator.expectedForNew(centerId, serviceId, waiting, serviceMinutes);
    }

    private StepResult step(long counterId, Function<Counter, Optional<Ticket>> change, QueueChanged.Kind kind) {
        Counter counter = counterOfCurrentAgent(counterId);
        return done(change.apply(counter), kind);
    }

    private StepResult done(Optional<Ticket> changed, QueueChanged.Kind kind) {
        changed.ifPresent(t -> events.publishEvent(new QueueChanged(t.centerId(), t.id(), kind)));
        return changed.<StepResult>map(StepResult.Done::new).orElseGet(StepResult.NotAllowed::new);
    }

    private Counter counterOfCurrentAgent(long counterId) {
        return agents.counterOfCurrentAgent(counterId);
    }

    private StaffMember currentAgent() {
        return agents.currentAgent();
    }

    private LocalDate today(Center center) {
        return agents.today(center);
    }

    /** 128 random bits, URL-safe: unguessable, and it says nothing about the ticket. */
    static String newToken() {
        return LinkSigner.newToken();
    }
}
