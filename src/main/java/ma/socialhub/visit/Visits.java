package ma.socialhub.visit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.Beneficiary;
import ma.socialhub.intake.PersonAnonymised;
import ma.socialhub.orientation.Orientation;
import ma.socialhub.orientation.ProfileFacts;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import ma.socialhub.ticketing.QueueChanged;
import ma.socialhub.ticketing.StepResult;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.Tickets;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visit at a counter, step by step: receive the ticket, say who the person is (or record
 * their refusal and go on anonymously), record their needs, look at what the hub proposes and
 * decide, then close with an outcome — which also finishes the ticket.
 *
 * <p>A visit belongs to the center of its counter; only that center's agents act on it. A ticket
 * that leaves the counter another way (transferred to another service, finished from the queue
 * buttons) ends its open visit in the same transaction, so no visit stays open forever.
 */
@Service
public class Visits {

    static final int NOTE_MAX = 2000;
    private static final Pattern FORBIDDEN_IN_NOTE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final VisitStore store;
    private final Tickets tickets;
    private final Beneficiaries beneficiaries;
    private final Orientation orientation;
    private final Catalog catalog;
    private final StaffDirectory staff;
    private final Clock clock;

    Visits(VisitStore store, Tickets tickets, Beneficiaries beneficiaries, Orientation orientation, Catalog catalog,
            StaffDirectory staff, Clock clock) {
        this.store = store;
        this.tickets = tickets;
        this.beneficiaries = beneficiaries;
        this.orientation = orientation;
        this.catalog = catalog;
        this.staff = staff;
        this.clock = clock;
    }

    /** Receives the ticket the counter holds: starts its service if it was only called, and opens its visit. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public VisitResult receive(long counterId) {
        Optional<Ticket> held = tickets.currentAt(counterId);
        if (held.isEmpty()) {
            return new VisitResult.NotAllowed();
        }
        Ticket ticket = held.get();
        if (ticket.state() == TicketState.CALLED) {
            if (!(tickets.startService(ticket.id(), counterId) instanceof StepResult.Done)) {
                return new VisitResult.NotAllowed();
            }
        }
        return new VisitResult.Done(store.open(ticket.centerId(), ticket.id(), ticket.serviceId(), counterId,
                agent().staffId(), clock.instant()));
    }

    /** The open visit of the ticket the counter holds, if it was received. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public Optional<Visit> openAt(long counterId) {
        return tickets.currentAt(counterId).flatMap(t -> store.openOf(t.id()));
    }

    /** The person found by a search (see {@link Beneficiaries#receive}) is the one of this visit. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public VisitResult attachFound(long visitId, String handle) {
        Visit visit = mine(visitId);
        Optional<Beneficiary> person = beneficiaries.receive(handle);
        if (person.isEmpty() || !store.attach(visit.id(), person.get().id(), false)) {
            return new VisitResult.NotAllowed();
        }
        return done(visitId);
    }

    /** The person just registered (or otherwise known here) is the one of this visit. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public VisitResult attach(long visitId, long beneficiaryId) {
        Visit visit = mine(visitId);
        if (beneficiaries.find(beneficiaryId).isEmpty() || !store.attach(visit.id(), beneficiaryId, false)) {
            return new VisitResult.NotAllowed();
        }
        beneficiaries.seen(beneficiaryId);
        return done(visitId);
    }

    /** The person refuses to give their data: the refusal is recorded and the visit goes on without a file. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public VisitResult goAnonymous(long visitId) {
        Visit visit = mine(visitId);
        if (!visit.open()) {
            return new VisitResult.NotAllowed();
        }
        beneficiaries.recordRefusal();
        store.attach(visit.id(), null, true);
        return done(visitId);
    }

    /** The checklist of needs the agent sees for a service. */
    @Transactional(readOnly = true)
    @PermitAll // catalogue data
    public List<Need> needsFor(long serviceId) {
        return store.needsOf(serviceId);
    }

    /** Every need, for needs outside the ticket's service. */
    @Transactional(readOnly = true)
    @PermitAll // catalogue data
    public List<Need> allNeeds() {
        return store.allNeeds();
    }

    /** Records the needs (codes of the checklist) and the agent's note; the note is kept as typed. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public VisitResult saveNeeds(long visitId, Set<String> needs, String note) {
        Visit visit = mine(visitId);
        Map<String, String> problems = new HashMap<>();
        Set<String> known = store.allNeeds().stream().map(Need::code).collect(Collectors.toSet());
        if (!known.containsAll(needs)) {
            problems.put("needs", "visit.error.unknownNeed");
        }
        if (note.length() > NOTE_MAX) {
            problems.put("note", "visit.error.noteTooLong");
        } else if (FORBIDDEN_IN_NOTE.matcher(note).find()) {
            problems.put("note", "intake.error.invisible");
        }
        if (!problems.isEmpty()) {
            return new VisitResult.Invalid(problems);
        }
        if (!store.saveNeeds(visit.id(), needs, note)) {
            return new VisitResult.NotAllowed();
        }
        return done(visitId);
    }

    /** What the hub proposes for this visit's person and needs, with the agent's decisions so far. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public List<VisitProposal> proposals(long visitId) {
        Visit visit = mine(visitId);
        ProfileFacts facts = visit.beneficiaryId() == null ? ProfileFacts.anonymous(visit.needs())
                : beneficiaries.find(visit.beneficiaryId()).map(b -> facts(b, visit)).orElse(ProfileFacts.anonymous(visit.needs()));
        Map<Long, ProposalDecision> decisions = store.decisions(visitId);
        return orientation.propose(facts).stream()
                .map(p -> new VisitProposal(p, decisions.get(p.rule().id()))).toList();
    }

    /** The agent accepts or rejects a proposal with the person; a second answer replaces the first. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public VisitResult decide(long visitId, long ruleId, ProposalDecision decision) {
        Visit visit = mine(visitId);
        if (!visit.open() || orientation.rule(ruleId).isEmpty()) {
            return new VisitResult.NotAllowed();
        }
        store.decide(visitId, ruleId, decision, agent().staffId(), clock.instant());
        return done(visitId);
    }

    /** Ends the visit with its outcome and finishes its ticket at the counter. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public VisitResult close(long visitId, VisitOutcome outcome) {
        Visit visit = mine(visitId);
        if (!store.close(visit.id(), outcome, clock.instant())) {
            return new VisitResult.NotAllowed();
        }
        tickets.currentAt(visit.counterId()).filter(t -> t.id() == visit.ticketId())
                .ifPresent(t -> tickets.finish(t.id(), visit.counterId()));
        return done(visitId);
    }

    /** A visit of the agent's center. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public Optional<Visit> find(long visitId) {
        return store.find(visitId).filter(v -> v.centerId() == centerOf(agent()));
    }

    /** Every visit of a person, for the export of their data (administrators only). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<Visit> ofPerson(long beneficiaryId) {
        return store.ofPerson(beneficiaryId);
    }

    /** An erased person's visits keep their facts but lose the notes typed about them and their link to the person. */
    @EventListener
    void onAnonymised(PersonAnonymised anonymised) {
        store.forgetPerson(anonymised.beneficiaryId());
    }

    /** A ticket that left its counter another way ends its open visit, in the same transaction. */
    @EventListener
    void onQueueChanged(QueueChanged change) {
        switch (change.kind()) {
            case TRANSFERRED -> store.endOpenOf(change.ticketId(), VisitOutcome.ORIENTED, clock.instant());
            case FINISHED -> store.endOpenOf(change.ticketId(), VisitOutcome.SERVED, clock.instant());
            default -> {
                // other changes leave the visit as it is
            }
        }
    }

    private ProfileFacts facts(Beneficiary person, Visit visit) {
        LocalDate day = LocalDate.ofInstant(visit.startedAt(), catalog.zoneOf(visit.centerId()));
        return new ProfileFacts(person.details().sex(), person.ageOn(day), person.details().situations(),
                person.details().rsuStatus(), visit.needs());
    }

    private VisitResult done(long visitId) {
        return new VisitResult.Done(store.find(visitId).orElseThrow());
    }

    private Visit mine(long visitId) {
        Visit visit = store.find(visitId).orElseThrow(() -> new AccessDeniedException("No visit " + visitId));
        if (visit.centerId() != centerOf(agent())) {
            throw new AccessDeniedException("Visit " + visitId + " is not of the agent's center");
        }
        return visit;
    }

    private StaffMember agent() {
        return staff.current().orElseThrow(() -> new AccessDeniedException("No staff member signed in"));
    }

    private static long centerOf(StaffMember agent) {
        Long center = agent.centerId();
        if (center == null) {
            throw new AccessDeniedException("The agent has no center");
        }
        return center;
    }
}
