package ma.socialhub.counter;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Counter;
import ma.socialhub.catalog.CounterState;
import ma.socialhub.orientation.OrientationRule;
import ma.socialhub.orientation.TargetKind;
import ma.socialhub.referral.Referral;
import ma.socialhub.referral.Referrals;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.MoveResult;
import ma.socialhub.ticketing.QueueMoves;
import ma.socialhub.ticketing.StepResult;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.CounterPresence;
import ma.socialhub.ticketing.TakeResult;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.visit.ProposalDecision;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitOutcome;
import ma.socialhub.visit.VisitResult;
import ma.socialhub.visit.Visits;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * What happens at a counter, from the call to the close of the visit: the queue (call, recall,
 * absent, open by number, transfer, walk-in, the counter's state) and the visit's life (receive,
 * send to another service, close). It coordinates ticketing, visits and referrals so that the
 * screen only shows and forwards; each command is one transaction, so a ticket and its visit never
 * disagree.
 *
 * <p><b>One visit per ticket.</b> Receiving twice, or from two tabs at once, finds the same visit:
 * the database keeps one open visit per ticket (a partial unique index), and a called ticket is
 * started by one conditional update. A walk-in's ticket is made in service with its visit open, in
 * the same transaction, under the counter's lock: a second tap finds the counter busy.
 *
 * <p><b>Looking changes nothing.</b> {@link #at} only reads; a ticket in service without a visit
 * waits for "Receive" rather than being opened by whoever looks at the counter.
 */
@Service
public class CounterDesk {

    private final Tickets tickets;
    private final QueueMoves moves;
    private final Visits visits;
    private final Referrals referrals;
    private final Catalog catalog;
    private final DeskAgent agent;
    private final CounterPresence presence;

    CounterDesk(Tickets tickets, QueueMoves moves, Visits visits, Referrals referrals, Catalog catalog, DeskAgent agent,
            CounterPresence presence) {
        this.presence = presence;
        this.tickets = tickets;
        this.moves = moves;
        this.visits = visits;
        this.referrals = referrals;
        this.catalog = catalog;
        this.agent = agent;
    }

    /** The counters of the agent's center, to pick theirs. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public List<Counter> counters() {
        return catalog.countersAt(agent.center().id());
    }

    /** The zone of the agent's center, for the times the screen shows. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public ZoneId zone() {
        return agent.zone();
    }

    /** The center's day: a birth date after it is in the future, whatever the server's day. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public LocalDate today() {
        return agent.today();
    }

    /** What the counter holds now. Reads only: see the class comment. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public AtCounter at(long counterId) {
        agent.counter(counterId);
        Optional<Ticket> ticket = tickets.currentAt(counterId);
        return ticket.isEmpty() ? AtCounter.NOTHING : new AtCounter(ticket.get(), visits.openAt(counterId).orElse(null));
    }

    // The queue's moves below check the agent's counter themselves (AgentCounters), in the same
    // transaction: the desk passes them on without reading the counter and the center a second time.

    /** Calls the next ticket; the queue decides which (see {@link Tickets}). */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public CallResult callNext(long counterId) {
        return tickets.callNext(counterId);
    }

    @Transactional
    @RolesAllowed(Roles.AGENT)
    public StepResult recall(long ticketId, long counterId) {
        return tickets.recall(ticketId, counterId);
    }

    @Transactional
    @RolesAllowed(Roles.AGENT)
    public StepResult noShow(long ticketId, long counterId) {
        return tickets.noShow(ticketId, counterId);
    }

    /** Finishes the ticket from the queue; an open visit ends with it as served (see {@link Visits}). */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public StepResult finish(long ticketId, long counterId) {
        return tickets.finish(ticketId, counterId);
    }

    /** Calls the ticket the agent typed or scanned (see {@link QueueMoves#open}). */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public MoveResult open(long counterId, String typedOrScanned) {
        return moves.open(counterId, typedOrScanned);
    }

    /** Sends the counter's ticket to another service's line, at its place; its open visit ends as oriented. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public MoveResult transferToService(long ticketId, long counterId, long serviceId) {
        return moves.transferToService(ticketId, counterId, serviceId);
    }

    /** Sends the counter's ticket to one counter of the center, at its place. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public MoveResult transferToCounter(long ticketId, long counterId, long toCounterId) {
        return moves.transferToCounter(ticketId, counterId, toCounterId);
    }

    @Transactional
    @RolesAllowed(Roles.AGENT)
    public boolean changeCounterState(long counterId, CounterState state) {
        return moves.changeCounterState(counterId, state);
    }

    /** Opens the counter the agent chose (see {@link CounterPresence#take}). */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public TakeResult take(long counterId, boolean takeOver) {
        return presence.take(counterId, takeOver);
    }

    /** {@code screen} shows {@code counterId} to the agent: its lease is renewed while they are active there. */
    @RolesAllowed(Roles.AGENT)
    public void hold(Object screen, String sessionId, long counterId) {
        presence.hold(screen, sessionId, counterId);
    }

    /** The agent tapped or typed on {@code screen}. */
    @PermitAll // touches only that screen's own lease
    public void touched(Object screen) {
        presence.touched(screen);
    }

    /** {@code screen} no longer shows a counter. */
    @PermitAll // called as the screen goes away, perhaps after its session ended
    public void release(Object screen) {
        presence.release(screen);
    }

    /**
     * Serves a person who came without a ticket: the ticket made for the record is in service at
     * once, so their visit opens with it — in the same transaction, under the counter's lock (see
     * the class comment).
     */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public WalkInResult serveWalkIn(long counterId, long serviceId, HubLanguage language) {
        agent.counter(counterId);
        return switch (moves.serveWalkIn(counterId, serviceId, language)) {
            case MoveResult.Moved moved -> visits.receive(counterId) instanceof VisitResult.Done done
                    && done.visit().ticketId() == moved.ticket().id()
                            ? new WalkInResult.Served(moved.ticket(), done.visit()) : refusedWalkIn();
            case MoveResult.CounterBusy busy -> new WalkInResult.CounterBusy(busy.current());
            case MoveResult.NotFound notFound -> new WalkInResult.NotAllowed();
            case MoveResult.NotAllowed notAllowed -> new WalkInResult.NotAllowed();
        };
    }

    /**
     * Receives the person of {@code ticketId}: starts its service if it was only called, and opens
     * its visit. Only that ticket, held by this counter, is received: a screen showing a ticket the
     * counter no longer holds receives nothing (see the class comment for a second tap).
     */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public Reception receive(long counterId, long ticketId) {
        agent.counter(counterId);
        Optional<Ticket> held = tickets.currentAt(counterId).filter(t -> t.id() == ticketId);
        if (held.isEmpty()) {
            return new Reception.NotAtThisCounter();
        }
        Optional<Visit> open = visits.openAt(counterId);
        if (open.isPresent()) {
            return new Reception.AlreadyReceived(open.get());
        }
        if (held.get().state() == TicketState.CALLED
                && !(tickets.startService(ticketId, counterId) instanceof StepResult.Done)) {
            // a tap at the same moment started it first; its visit is committed now, or the ticket left
            return visits.openAt(counterId).filter(v -> v.ticketId() == ticketId)
                    .<Reception>map(Reception.AlreadyReceived::new).orElseGet(Reception.NotAtThisCounter::new);
        }
        if (visits.receive(counterId) instanceof VisitResult.Done done && done.visit().ticketId() == ticketId) {
            return new Reception.Received(done.visit());
        }
        // the ticket left the counter between two statements: receive nothing, not the next one
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new Reception.NotAtThisCounter();
    }

    /** Ends the visit with its outcome and finishes its ticket: the counter is free for the next. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public CloseResult close(long visitId, VisitOutcome outcome) {
        if (visits.close(visitId, outcome) instanceof VisitResult.Done done) {
            return new CloseResult.Closed(done.visit());
        }
        return new CloseResult.AlreadyClosed(visits.find(visitId).orElseThrow());
    }

    /**
     * How the visit most likely ended, for the agent to confirm: referred if a referral was made
     * from it, oriented if a proposal was accepted, served otherwise. Not read-only: reading a
     * person's referrals is recorded in their trail.
     */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public VisitOutcome suggestedOutcome(long visitId) {
        if (!referralsFrom(visitId).isEmpty()) {
            return VisitOutcome.REFERRED;
        }
        boolean accepted = visits.proposals(visitId).stream().anyMatch(p -> p.decision() == ProposalDecision.ACCEPTED);
        return accepted ? VisitOutcome.ORIENTED : VisitOutcome.SERVED;
    }

    /** The referrals made from this visit. Not read-only: the read is in the person's trail. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public List<Referral> referralsFrom(long visitId) {
        Visit visit = visits.find(visitId).orElseThrow(() -> new AccessDeniedException("Visit " + visitId + " is not of the agent's center"));
        Long person = visit.beneficiaryId();
        return person == null ? List.of()
                : referrals.ofBeneficiary(person).stream().filter(r -> Long.valueOf(visitId).equals(r.visitId())).toList();
    }

    /**
     * Sends the ticket of an open visit to the service a proposal named, keeping its place — only
     * a proposal of a service that the person accepted; the visit ends as oriented.
     */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public MoveResult sendToService(long visitId, long ruleId) {
        Optional<Visit> visit = visits.find(visitId).filter(Visit::open);
        Optional<Long> service = visit.isEmpty() ? Optional.empty() : visits.proposals(visitId).stream()
                .filter(p -> p.decision() == ProposalDecision.ACCEPTED)
                .map(p -> p.proposal().rule())
                .filter(r -> r.id() == ruleId && r.targetKind() == TargetKind.SERVICE)
                .map(OrientationRule::serviceId).filter(id -> id != null).findFirst();
        if (visit.isEmpty() || service.isEmpty()) {
            return new MoveResult.NotAllowed();
        }
        return moves.transferToService(visit.get().ticketId(), visit.get().counterId(), service.get());
    }

    /** The walk-in's ticket is made but its visit did not open: neither stays. */
    private static WalkInResult refusedWalkIn() {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new WalkInResult.NotAllowed();
    }
}
