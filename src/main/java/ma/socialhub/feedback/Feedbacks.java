package ma.socialhub.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ma.socialhub.base.security.Roles;
import ma.socialhub.staff.Scope;
import ma.socialhub.staff.Scopes;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks for and keeps the citizen's word after a visit. The ticket's signed link is the authority:
 * a forged or altered link rates nothing, and the database keeps one answer per visit however many
 * times, and from however many phones, the form is sent.
 */
@Service
public class Feedbacks {

    /** How long after the visit it may be rated. */
    static final Duration OPEN_FOR = Duration.ofDays(7);
    static final int MAX_COMMENT = 500;

    private final Tickets tickets;
    private final FeedbackStore store;
    private final Clock clock;
    private final Scopes scopes;

    Feedbacks(Tickets tickets, FeedbackStore store, Scopes scopes, Clock clock) {
        this.scopes = scopes;
        this.tickets = tickets;
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PermitAll // the signed link is the authority
    public FeedbackState stateOf(String ticketLink) {
        return tickets.byLink(ticketLink).map(this::stateOf).orElseGet(FeedbackState.NotClosed::new);
    }

    private FeedbackState stateOf(Ticket ticket) {
        Optional<Integer> given = store.scoreOf(ticket.id());
        if (given.isPresent()) {
            return new FeedbackState.Given(given.get());
        }
        if (ticket.state() != TicketState.DONE || ticket.finishedAt() == null) {
            return new FeedbackState.NotClosed();
        }
        return ticket.finishedAt().plus(OPEN_FOR).isBefore(clock.instant()) ? new FeedbackState.TooLate() : new FeedbackState.Open();
    }

    @Transactional
    @PermitAll // the signed link is the authority
    public FeedbackResult give(String ticketLink, int score, Set<FeedbackReason> reasons, @Nullable String comment,
            FeedbackChannel channel) {
        if (score < 1 || score > 5 || (comment != null && comment.length() > MAX_COMMENT)) {
            return new FeedbackResult.Invalid();
        }
        Optional<Ticket> found = tickets.byLink(ticketLink);
        if (found.isEmpty()) {
            return new FeedbackResult.NotOpen();
        }
        Ticket ticket = found.get();
        FeedbackState state = stateOf(ticket);
        if (state instanceof FeedbackState.Given) {
            return new FeedbackResult.AlreadyGiven();
        }
        if (!(state instanceof FeedbackState.Open)) {
            return new FeedbackResult.NotOpen();
        }
        String screened = comment == null || comment.isBlank() ? null : CommentScreen.screen(comment);
        Integer waited = ticket.calledAt() == null ? null
                : (int) Duration.between(ticket.issuedAt(), ticket.calledAt()).toSeconds();
        boolean kept = store.add(ticket.id(), ticket.centerId(), ticket.serviceId(), ticket.counterId(), ticket.day(), waited,
                score, reasons.stream().map(Enum::name).sorted().toList(), screened, channel.name(), clock.instant());
        return kept ? new FeedbackResult.Thanks() : new FeedbackResult.AlreadyGiven();
    }

    /** Satisfaction per center and service of an area of the supervisor's scope over a range of days. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<Satisfaction> satisfaction(Scope area, LocalDate from, LocalDate to) {
        Scope allowed = scopes.within(area.level(), area.id())
                .orElseThrow(() -> new AccessDeniedException("Outside the supervisor's scope: " + area));
        return store.satisfaction(from, to, allowed);
    }

    /** Satisfaction per region and service of the whole nation over a range of days; for those who see the nation. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<RegionSatisfaction> satisfactionOfRegions(LocalDate from, LocalDate to) {
        scopes.within(Scope.Level.NATION, 0)
                .orElseThrow(() -> new AccessDeniedException("Outside the supervisor's scope: the nation"));
        return store.satisfactionOfRegions(from, to);
    }

    /** The latest comments of a center of the supervisor's scope. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<FeedbackComment> comments(long centerId, LocalDate from, LocalDate to, int limit) {
        scopes.within(Scope.Level.CENTER, centerId)
                .orElseThrow(() -> new AccessDeniedException("Outside the supervisor's scope: center " + centerId));
        return store.comments(centerId, from, to, limit);
    }

}
