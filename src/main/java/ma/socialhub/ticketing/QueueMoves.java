package ma.socialhub.ticketing;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.Counter;
import ma.socialhub.catalog.CounterState;
import ma.socialhub.catalog.CounterWork;
import ma.socialhub.catalog.SocialService;
import org.springframework.context.ApplicationEventPublisher;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an agent does to the queue besides calling next: open a ticket by its number or its scanned
 * QR, transfer the person in front of them to another service or counter without losing their
 * place, serve a walk-in who has no ticket, and open, pause or close the counter. As for calls,
 * PostgreSQL decides races: each move is one conditional UPDATE, and a ticket another counter took
 * meanwhile is reported, never taken twice.
 */
@Service
public class QueueMoves {

    /** "B-017", "b17", "B 017": a letter then up to four digits. */
    private static final Pattern NUMBER = Pattern.compile("^\\s*([A-Za-z])\\s*-?\\s*(\\d{1,4})\\s*$");
    /** A scanned QR: the phone page address, or the bare signed link. */
    private static final Pattern LINK = Pattern.compile("(?:.*/t/)?([A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{16})\\s*$");

    private final TicketQueue queue;
    private final CounterWork counters;
    private final TicketLinks links;
    private final AgentCounters agents;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QueueMoves(TicketQueue queue, CounterWork counters, TicketLinks links, AgentCounters agents, Catalog catalog,
            ApplicationEventPublisher events, Clock clock) {
        this.queue = queue;
        this.counters = counters;
        this.links = links;
        this.agents = agents;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Calls a ticket given by what the agent typed or scanned: its number ({@code B-017}) or its QR
     * content (a keyboard-wedge scanner types the address and Enter). Only a waiting ticket of the
     * agent's center, today, can be opened.
     */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public MoveResult open(long counterId, String typedOrScanned) {
        Counter counter = agents.counterOfCurrentAgent(counterId);
        counters.lock(counterId);
        Optional<Ticket> current = queue.currentAt(counterId);
        if (current.isPresent()) {
            return new MoveResult.CounterBusy(current.get());
        }
        Center center = agents.centerOf(counter);
        Optional<Ticket> ticket = find(center, typedOrScanned);
        if (ticket.isEmpty()) {
            return new MoveResult.NotFound();
        }
        return claim(ticket.get().id(), counterId, false);
    }

    /** Sends the counter's ticket to another service's line, at the place its issue time gives it. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public MoveResult transferToService(long ticketId, long counterId, long serviceId) {
        Counter counter = agents.counterOfCurrentAgent(counterId);
        if (catalog.servicesAt(counter.centerId()).stream().noneMatch(s -> s.id() == serviceId)) {
            return new MoveResult.NotAllowed();
        }
        return moved(queue.transfer(ticketId, counterId, serviceId, null, clock.instant()), QueueChanged.Kind.TRANSFERRED);
    }

    /** Sends the counter's ticket to one counter of the same center, at its place. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public MoveResult transferToCounter(long ticketId, long counterId, long toCounterId) {
        Counter counter = agents.counterOfCurrentAgent(counterId);
        Optional<Counter> target = catalog.counter(toCounterId).filter(c -> c.centerId() == counter.centerId());
        Optional<Ticket> ticket = queue.find(ticketId);
        if (target.isEmpty() || toCounterId == counterId || ticket.isEmpty()) {
            return new MoveResult.NotAllowed();
        }
        return moved(queue.transfer(ticketId, counterId, ticket.get().serviceId(), toCounterId, clock.instant()),
                QueueChanged.Kind.TRANSFERRED);
    }

    /** Serves a person who came without a ticket: a ticket is made for the record and is in service at once. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public MoveResult serveWalkIn(long counterId, long serviceId, HubLanguage language) {
        Counter counter = agents.counterOfCurrentAgent(counterId);
        counters.lock(counterId);
        Optional<Ticket> current = queue.currentAt(counterId);
        if (current.isPresent()) {
            return new MoveResult.CounterBusy(current.get());
        }
        Optional<SocialService> service = catalog.servicesAt(counter.centerId()).stream()
                .filter(s -> s.id() == serviceId).findFirst();
        if (service.isEmpty()) {
            return new MoveResult.NotAllowed();
        }
        Center center = agents.centerOf(counter);
        Instant now = clock.instant();
        Ticket ticket = queue.insert(center.id(), serviceId, service.get().letter(), agents.today(center),
                PriorityClass.STANDARD, now, Tickets.newToken(), language.tag(), null, null);
        queue.markWalkIn(ticket.id());
        return claim(ticket.id(), counterId, true);
    }

    /**
     * Puts the agent's counter on break, opens it again or closes it; estimates and supervisors see it
     * at once. False, changing nothing, for a counter the agent does not work (closed meanwhile, or
     * taken over): that one is opened by choosing it ({@link CounterPresence#take}).
     */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public boolean changeCounterState(long counterId, CounterState state) {
        Counter counter = agents.counterOfCurrentAgent(counterId);
        counters.lock(counterId);
        boolean changed = counters.setState(counterId, state, agents.currentAgent().staffId(), clock.instant());
        if (changed) {
            events.publishEvent(new QueueChanged(counter.centerId(), 0, QueueChanged.Kind.COUNTER_CHANGED));
        }
        return changed;
    }

    /** Calls one ticket to the counter; the caller holds the counter's lock and saw it free. */
    private MoveResult claim(long ticketId, long counterId, boolean startService) {
        long staffId = agents.currentAgent().staffId();
        counters.workedBy(counterId, staffId, clock.instant());
        Optional<Ticket> claimed = queue.claim(ticketId, counterId, staffId, clock.instant(), startService);
        return moved(claimed, startService ? QueueChanged.Kind.STARTED : QueueChanged.Kind.CALLED);
    }

    private MoveResult moved(Optional<Ticket> ticket, QueueChanged.Kind kind) {
        ticket.ifPresent(t -> events.publishEvent(new QueueChanged(t.centerId(), t.id(), kind)));
        return ticket.<MoveResult>map(MoveResult.Moved::new).orElseGet(MoveResult.NotAllowed::new);
    }

    private Optional<Ticket> find(Center center, String typedOrScanned) {
        String input = typedOrScanned.length() > 300 ? "" : typedOrScanned.strip();
        Matcher number = NUMBER.matcher(input);
        if (number.matches()) {
            return queue.byNumber(center.id(), agents.today(center), Character.toUpperCase(number.group(1).charAt(0)),
                    Integer.parseInt(number.group(2)));
        }
        Matcher link = LINK.matcher(input);
        if (link.matches()) {
            // a ticket carried from a closed day opens as the ticket it became
            return links.tokenOf(link.group(1)).flatMap(queue::byToken).map(queue::followed)
                    .filter(t -> t.centerId() == center.id());
        }
        return Optional.empty();
    }
}
